const HTML_TAG = /<\/?[a-z][^<>]*>|<!--/i;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Why a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date is wrong, or null when it is a real date. */
export function checkDate(value: string): string | null {
  const match = DATE.exec(value);
  if (!match) return 'Use YYYY, YYYY-MM or YYYY-MM-DD';
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (days === undefined || day < 1 || day > days) return `${value} isn't a real date`;
  return null;
}

/** Why a link is unusable, or null for an absolute http(s) URL: other schemes could run script when opened. */
export function checkUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full address, such as https://example.org/page';
  }
  return url.protocol === 'http:' || url.protocol === 'https:'
    ? null
    : 'Only http and https links are allowed';
}

/** Whether text contains markup, which the store refuses so nothing a pack carries can end up as HTML. */
export function hasHtml(value: string): boolean {
  return HTML_TAG.test(value);
}
