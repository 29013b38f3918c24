import { hasMarkup, isDateFormat, isRealDate, isWebUrl } from '@/utils/schema/fields';

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
