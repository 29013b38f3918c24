import { expandPattern } from '@/utils/matcher/expand-pattern';
import type { Alias } from '@/utils/model';
import { hasBidiControl, isInvisible, weakAlias, wordCharacterCount } from '@/utils/schema/alias-rules';
import { hasMarkup, isDateFormat, isRealDate, isWebUrl } from '@/utils/schema/fields';
import { type PhraseFault, type PhraseFaultKind, phraseFaults } from '@/utils/schema/pattern-rules';

/** Why a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date is wrong, or null when it is a real date; the store's own rule. */
export function checkDate(value: string): string | null {
  if (!isDateFormat(value)) return 'Use YYYY, YYYY-MM or YYYY-MM-DD';
  return isRealDate(value) ? null : `${value} isn't a real date`;
}

/** Why a link is unusable, or null for an absolute http(s) URL: other schemes could run script when opened. */
export function checkUrl(value: string): string | null {
  if (isWebUrl(value)) return null;
  return /^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value)
    ? 'Only http and https links are allowed'
    : 'Enter a full address, such as https://example.org/page';
}

/** Whether text contains markup, which the store refuses so nothing a pack carries can end up as HTML. */
export function hasHtml(value: string): boolean {
  return hasMarkup(value);
}

/**
 * Why a name or alias would show nothing or read as something else, or null: `required` when only invisible
 * characters are left, as the store counts that text as empty.
 */
export function checkVisibleText(value: string, required: string): string | null {
  if (hasBidiControl(value)) return 'Remove the hidden text-direction characters: they can disguise the text';
  return isInvisible(value) ? required : null;
}

/** Why the editor refuses a phrase of a pattern, short enough to list next to each one. */
export const PHRASE_FAULT_LABELS: Readonly<Record<PhraseFaultKind, string>> = {
  empty: 'nothing at all',
  punctuation: 'has no letter or digit',
  single: 'a single letter or digit, highlighted on almost every page',
  common: 'so common it would be highlighted on almost every page: tick Match case and write its capitals',
};

/** The phrases of a pattern alias the store would refuse, with the first one's reason, as the field's message. */
function faultsMessage(faults: readonly PhraseFault[]): string {
  const [first] = faults;
  const more = faults.length > 1 ? ` (and ${faults.length - 1} more, listed below)` : '';
  if (first!.kind === 'empty') return `Can expand to nothing: keep a word outside the optional parts${more}`;
  return `Expands to “${first!.phrase}”: ${PHRASE_FAULT_LABELS[first!.kind]}${more}`;
}

/**
 * Why the store would refuse an alias that has visible text, or null: no letter or digit, or so short or common it
 * would be highlighted on almost every page. A common word is accepted once Match case keeps it as written. A
 * pattern is refused when malformed, past its bound, or when any of its phrases breaks those rules.
 */
export function checkAliasWords(alias: Pick<Alias, 'text' | 'caseSensitive'>): string | null {
  if (wordCharacterCount(alias.text) === 0) return 'An alias needs at least one letter or digit';
  const expansion = expandPattern(alias.text);
  if (!expansion.ok)
    return expansion.problem === 'syntax'
      ? `Not a valid pattern: ${expansion.message}`
      : `This pattern ${expansion.message}`;
  if (expansion.pattern) {
    const faults = phraseFaults(expansion.phrases, alias.caseSensitive);
    return faults.length > 0 ? faultsMessage(faults) : null;
  }
  const weak = weakAlias(alias);
  if (weak === 'single') return 'A single letter or digit would be highlighted on almost every page';
  if (weak === 'common')
    return 'So common it would be highlighted on almost every page: tick Match case and write its capitals (UN, AU), or remove it';
  return null;
}
