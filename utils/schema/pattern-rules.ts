import * as v from 'valibot';
import { expandPattern } from '@/utils/matcher/expand-pattern';
import type { Alias } from '@/utils/model';
import { isInvisible, type WeakKind, weakAlias, wordCharacterCount } from './alias-rules';

/**
 * Most phrases the patterns of one entry may expand to together (plain aliases are not counted): enough for every
 * way the press words one proposal, while a pack cannot make one entry weigh thousands of automaton keys.
 */
export const MAX_ENTRY_PHRASES = 1000;

/** Why a phrase of a pattern is refused: the alias rules, applied to each phrase. */
export type PhraseFaultKind = 'empty' | 'punctuation' | WeakKind;

/** One refused phrase of a pattern alias. */
export interface PhraseFault {
  phrase: string;
  kind: PhraseFaultKind;
}

/**
 * Every phrase of a pattern that the alias rules would refuse as an alias of its own, in order: a pattern must not
 * sneak in an empty phrase, punctuation, a lone letter or a common word (`[the] {UN|un}` expands to "un").
 */
export function phraseFaults(phrases: readonly string[], caseSensitive: boolean): PhraseFault[] {
  return phrases.flatMap((phrase) => {
    const kind: PhraseFaultKind | null = isInvisible(phrase)
      ? 'empty'
      : wordCharacterCount(phrase) === 0
        ? 'punctuation'
        : weakAlias({ text: phrase, caseSensitive });
    return kind === null ? [] : [{ phrase, kind }];
  });
}

const FAULT_MESSAGE: Record<Exclude<PhraseFaultKind, 'empty'>, string> = {
  punctuation: 'which has no letter or digit',
  single: 'a single letter or digit, which would be highlighted on almost every page',
  common:
    'a common word, which would be highlighted on almost every page: make the alias caseSensitive, written with its capitals, or change the pattern',
};

/** The pack's message for a pattern's refused phrases: the first, and how many more. */
function faultsMessage(faults: readonly PhraseFault[]): string {
  const [first] = faults;
  const more = faults.length > 1 ? ` (and ${faults.length - 1} more refused phrases)` : '';
  if (first!.kind === 'empty') return `can expand to nothing${more}`;
  return `expands to ${JSON.stringify(first!.phrase)}, ${FAULT_MESSAGE[first!.kind]}${more}`;
}

/** The check on an alias's text that it is a well-formed pattern within MAX_PHRASES, with the problem named. */
export function patternTextCheck() {
  return v.rawCheck<string>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const expansion = expandPattern(dataset.value);
    if (!expansion.ok) addIssue({ message: expansion.message });
  });
}

/** The whole-alias check, reported on its `text`, that no phrase of a pattern is one the alias rules refuse. */
export function patternPhrasesCheck() {
  return v.rawCheck<Alias>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const expansion = expandPattern(dataset.value.text);
    if (!expansion.ok || !expansion.pattern) return;
    const faults = phraseFaults(expansion.phrases, dataset.value.caseSensitive);
    if (faults.length === 0) return;
    const input = dataset.value as unknown as Record<string, unknown>;
    addIssue({
      message: faultsMessage(faults),
      path: [{ type: 'object', origin: 'value', input, key: 'text', value: dataset.value.text }],
    });
  });
}

/** How many phrases an entry's pattern aliases expand to together; a pattern in error counts none. */
export function patternPhraseCount(aliases: readonly Pick<Alias, 'text'>[]): number {
  let count = 0;
  for (const alias of aliases) {
    const expansion = expandPattern(alias.text);
    if (expansion.ok && expansion.pattern) count += expansion.phrases.length;
  }
  return count;
}

/** The check on an entry's alias list that its patterns stay within MAX_ENTRY_PHRASES together. */
export function patternBudgetCheck() {
  return v.check(
    (aliases: Alias[]) => patternPhraseCount(aliases) <= MAX_ENTRY_PHRASES,
    (issue) =>
      `patterns expand to ${patternPhraseCount(issue.input).toLocaleString('en')} phrases in all (at most ${MAX_ENTRY_PHRASES.toLocaleString('en')} per entry): narrow them`,
  );
}
