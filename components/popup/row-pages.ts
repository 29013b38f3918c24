/**
 * Rows an editor list shows at once: an entry with thousands of aliases re-rendered every row on each keystroke
 * (about 1.3 s each at 5,000 in tests), so long lists are shown a page at a time.
 */
export const ROWS_PER_PAGE = 50;

/** How many pages `count` rows fill; at least one, so an empty list still has a page to show. */
export function pageCount(count: number): number {
  return Math.max(1, Math.ceil(count / ROWS_PER_PAGE));
}

/** The page that shows the row at `index`. */
export function pageOf(index: number): number {
  return Math.floor(index / ROWS_PER_PAGE);
}

/** `page` kept inside the pages `count` rows fill, e.g. after the last row of the last page was removed. */
export function clampPage(page: number, count: number): number {
  return Math.max(0, Math.min(page, pageCount(count) - 1));
}

/** The index of the first row of `list` whose field path (`aliases.7.text`) has an error, or null. */
export function firstRowWithError(
  list: string,
  issues: Readonly<Record<string, { level: 'error' | 'warning' }>>,
): number | null {
  let first: number | null = null;
  for (const [path, issue] of Object.entries(issues)) {
    const [name, index] = path.split('.');
    if (name !== list || issue.level !== 'error') continue;
    const row = Number(index);
    if (first === null || row < first) first = row;
  }
  return first;
}
