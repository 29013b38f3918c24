/** The first and last day a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) covers, as `YYYY-MM-DD` strings. */
export function dateSpan(date: string): { first: string; last: string } {
  if (date.length === 4) return { first: `${date}-01-01`, last: `${date}-12-31` };
  if (date.length === 7) return { first: `${date}-01`, last: `${date}-31` };
  return { first: date, last: date };
}

/**
 * Whether a record's partial date falls within the range `from`–`to` (either end open when null): a month or a
 * year counts when any of its days does, so "2025-03" is in a range starting 15 March 2025. Day 31 stands for a
 * month's end whatever its length; string order is date order in this form.
 */
export function inDateRange(date: string, from: string | null, to: string | null): boolean {
  const span = dateSpan(date);
  if (from !== null && span.last < dateSpan(from).first) return false;
  if (to !== null && span.first > dateSpan(to).last) return false;
  return true;
}

/** Latest first: date descending (`2025-03` before `2025`, as the popover orders facts), then last edit, then id. */
export function latestFirst(
  a: { date: string | null; updatedAt: number; id: string },
  b: { date: string | null; updatedAt: number; id: string },
): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
