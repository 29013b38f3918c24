import * as v from 'valibot';
import { isPattern } from '@/utils/matcher/alias-pattern';
import { phrasesOf } from '@/utils/matcher/expand-pattern';
import type { Alias, Entry } from '@/utils/model';
import { foldKey } from '@/utils/normalize';
import { weakAlias } from './alias-rules';

/**
 * The alias whose options the entry's name is matched with (a non-exclusion alias spelling it, one of a pattern's
 * phrases included), or null when the name goes to the matcher on its own: one rule for the matcher and the checks.
 */
export function aliasSpellingName(name: string, aliases: readonly Alias[]): Alias | null {
  const key = foldKey(name);
  const spells = ({ text, exclude }: Alias) =>
    !exclude &&
    (isPattern(text) ? phrasesOf(text).some((phrase) => foldKey(phrase) === key) : foldKey(text) === key);
  return aliases.find(spells) ?? null;
}

/**
 * An entry's name is matched like an alias (any case, no context) unless an alias spells it: a name such as "The"
 * or "X" would then be highlighted on almost every page, so it is refused like a weak alias, on `name`, unless an
 * alias spelling it makes it safe (a case-sensitive "UN").
 */
export function strongNameCheck<T extends Pick<Entry, 'name' | 'aliases'>>() {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.issues) return;
    const { name, aliases } = dataset.value;
    const spelling = aliasSpellingName(name, aliases);
    if (spelling && isPattern(spelling.text)) return;
    const weak = weakAlias(spelling ?? { text: name, caseSensitive: false });
    if (weak === null) return;
    const input = dataset.value as unknown as Record<string, unknown>;
    addIssue({
      message:
        weak === 'single'
          ? 'is a single letter or digit, which would be highlighted on almost every page: give a longer name'
          : 'is a common word, which would be highlighted on almost every page: give a longer name, or add it as a caseSensitive alias written with its capitals',
      path: [{ type: 'object', origin: 'value', input, key: 'name', value: name }],
    });
  });
}
