import { escapePattern, isPattern } from '@/utils/matcher/alias-pattern';
import { phrasesOf } from '@/utils/matcher/expand-pattern';
import { type Alias, type AliasRecord, type Entry, familyOf } from '@/utils/model';
import { foldKey } from '@/utils/normalize';

/**
 * Every alias of every entry for the matcher, exclusions included, plus the entry's name (any case, no context
 * needed, escaped as the name is never a pattern) unless an alias that is not an exclusion already spells it, one of
 * a pattern's phrases included, in which case its options win: an exclusion spelled like the name must not stop the
 * name from being highlighted.
 */
export function aliasRecordsOf(entries: Entry[]): AliasRecord[] {
  return entries.flatMap((entry) => {
    const family = familyOf(entry.kind);
    const nameKey = foldKey(entry.name);
    const spellsName = ({ text, exclude }: Alias) =>
      !exclude &&
      (isPattern(text)
        ? phrasesOf(text).some((phrase) => foldKey(phrase) === nameKey)
        : foldKey(text) === nameKey);
    const aliases = entry.aliases.some(spellsName)
      ? entry.aliases
      : [{ text: escapePattern(entry.name), caseSensitive: false, needsContext: false }, ...entry.aliases];
    return aliases.map((alias) => ({ entryId: entry.id, family, alias }));
  });
}
