import { t, tn } from '@/utils/i18n/t';
import { expandPattern } from '@/utils/matcher/expand-pattern';
import type { Alias } from '@/utils/model';
import { hasBidiControl, isInvisible, weakAlias, wordCharacterCount } from '@/utils/schema/alias-rules';
import { hasMarkup, isDateFormat, isRealDate, isWebUrl } from '@/utils/schema/fields';
import { type PhraseFault, type PhraseFaultKind, phraseFaults } from '@/utils/schema/pattern-rules';

/** Why a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date is wrong, or null when it is a real date; the store's own rule. */
export function checkDate(value: string): string | null {
  if (!isDateFormat(value)) return t('check_date_format');
  return isRealDate(value) ? null : t('check_date_real', value);
}

/** Why a link is unusable, or null for an absolute http(s) URL: other schemes could run script when opened. */
export function checkUrl(value: string): string | null {
  if (isWebUrl(value)) return null;
  return /^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value)
    ? t('check_url_scheme')
    : t('check_url_full');
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
  if (hasBidiControl(value)) return t('check_bidi');
  return isInvisible(value) ? required : null;
}

/** Why the editor refuses a phrase of a pattern, short enough to list next to each one. */
export function phraseFaultLabel(kind: PhraseFaultKind): string {
  return t(`fault_${kind}`);
}

/** The phrases of a pattern alias the store would refuse, with the first one's reason, as the field's message. */
function faultsMessage(faults: readonly PhraseFault[]): string {
  const [first] = faults;
  const more = faults.length > 1 ? ` ${tn('faults_more', faults.length - 1)}` : '';
  if (first!.kind === 'empty') return `${t('fault_can_be_empty')}${more}`;
  return `${t('fault_expands_to', t('quote', first!.phrase), phraseFaultLabel(first!.kind))}${more}`;
}

/**
 * Why the store would refuse an alias that has visible text, or null: no letter or digit, or so short or common it
 * would be highlighted on almost every page. A common word is accepted once Match case keeps it as written. A
 * pattern is refused when malformed, past its bound, or when any of its phrases breaks those rules.
 */
export function checkAliasWords(alias: Pick<Alias, 'text' | 'caseSensitive'>): string | null {
  if (wordCharacterCount(alias.text) === 0) return t('alias_no_letter');
  const expansion = expandPattern(alias.text);
  if (!expansion.ok)
    return expansion.problem === 'syntax'
      ? t('pattern_invalid', expansion.message)
      : t('pattern_too_big', expansion.message);
  if (expansion.pattern) {
    const faults = phraseFaults(expansion.phrases, alias.caseSensitive);
    return faults.length > 0 ? faultsMessage(faults) : null;
  }
  const weak = weakAlias(alias);
  if (weak === 'single') return t('alias_single');
  if (weak === 'common') return t('alias_common');
  return null;
}
