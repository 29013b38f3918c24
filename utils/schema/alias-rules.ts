import * as v from 'valibot';
import { isPattern } from '@/utils/matcher/alias-pattern';
import type { Alias } from '@/utils/model';
import { foldKey } from '@/utils/normalize';

/** Marks that reorder text (LRM, RLM, ALM, embeddings, overrides, isolates): they can make an alias read as another. */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** Characters that take no room: soft hyphen, grapheme joiner, zero-width space and joiners, word joiner, BOM… */
const INVISIBLE = /\u034F|[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/gu;
const WORD_CHARACTER = /[\p{L}\p{N}]/gu;

/** English and French words so common that an alias spelled like one would be highlighted in nearly every text. */
const FUNCTION_WORDS = new Set(
  (
    'the an and or of to in on at for by with from as is it be but not no this that ' +
    'le la les un une des de du et ou en au aux sur par pour dans avec ce ces qui que est il elle'
  ).split(' '),
);

/** Why a weak alias is refused, by what makes it weak. */
export type WeakKind = 'single' | 'common';

/** Whether text holds a bidi control character, which can disguise what a name or alias says. */
export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/** Whether text is blank once zero-width characters, soft hyphens and spaces are taken out. */
export function isInvisible(text: string): boolean {
  return text.replace(INVISIBLE, '').trim() === '';
}

/** How many letters and digits text holds: an alias with none (".", "—") is punctuation only. */
export function wordCharacterCount(text: string): number {
  return text.match(WORD_CHARACTER)?.length ?? 0;
}

/**
 * Why an alias that is valid would still fire almost everywhere, or null: a lone letter or digit whatever its
 * options, a common function word ("the", "de") unless matched case-sensitively with a capital in it ("UN", "AU"
 * are real acronyms; a case-sensitive "de" still matches every French sentence).
 */
export function weakAlias(alias: Pick<Alias, 'text' | 'caseSensitive'>): WeakKind | null {
  if (wordCharacterCount(alias.text) < 2) return 'single';
  if (!FUNCTION_WORDS.has(foldKey(alias.text))) return null;
  return alias.caseSensitive && alias.text !== alias.text.toLowerCase() ? null : 'common';
}

const WEAK_MESSAGE: Record<WeakKind, string> = {
  single: 'is a single letter or digit, which would be highlighted on almost every page',
  common:
    'is a common word, which would be highlighted on almost every page: make it caseSensitive, written with its capitals, or remove it',
};

/** Checks for a name or an alias text: blank-looking or direction-bending text is refused like empty text. */
export function visibleTextChecks() {
  return [
    v.check(
      (text: string) => !hasBidiControl(text),
      'must not contain text-direction control characters (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069)',
    ),
    v.check((text: string) => text.trim() === '' || !isInvisible(text), 'must not be empty'),
  ] as const;
}

/** Checks for an alias text alone: invisible-only text is reported once, as empty, not also as punctuation. */
export function aliasTextChecks() {
  return [
    ...visibleTextChecks(),
    v.check(
      (text: string) => isInvisible(text) || wordCharacterCount(text) > 0,
      'must contain a letter or a digit',
    ),
  ] as const;
}

/**
 * The whole-alias check, reported on its `text`: a weak alias is refused in packs and editor saves alike. A pattern
 * is left to ./pattern-rules, which applies the same rule to each of its phrases.
 */
export function strongAliasCheck() {
  return v.rawCheck<Alias>(({ dataset, addIssue }) => {
    if (!dataset.typed || wordCharacterCount(dataset.value.text) === 0 || isPattern(dataset.value.text))
      return;
    const weak = weakAlias(dataset.value);
    if (weak === null) return;
    const input = dataset.value as unknown as Record<string, unknown>;
    addIssue({
      message: WEAK_MESSAGE[weak],
      path: [{ type: 'object', origin: 'value', input, key: 'text', value: dataset.value.text }],
    });
  });
}
