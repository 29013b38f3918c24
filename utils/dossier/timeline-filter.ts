import { type Family, familyOf, type Kind } from '@/utils/model';
import { OWN_RECORDS } from './dossier-source';
import { dateSpan, inDateRange } from './partial-date';
import { itemEntries, type TimelineItem } from './timeline';

/** Which timeline items the reader asked for; null means any. */
export interface TimelineFilter {
  /** Only items about this entry. */
  entryId: string | null;
  /** Only items about an entry of this family, or of this kind. */
  family: Family | null;
  kind: Kind | null;
  /** Only facts, or only stances. */
  type: TimelineItem['type'] | null;
  /** Only records from this pack (its id), or the reader's own (`OWN_RECORDS`). */
  pack: string | null;
  /** Only items dated within this range of partial dates (either end open when null). */
  from: string | null;
  to: string | null;
  order: 'latest' | 'oldest';
}

/** The whole timeline, latest first: where the dossier starts. */
export const NO_FILTER: TimelineFilter = {
  entryId: null,
  family: null,
  kind: null,
  type: null,
  pack: null,
  from: null,
  to: null,
  order: 'latest',
};

/** Whether one item passes every part of the filter. */
export function matchesFilter(item: TimelineItem, filter: TimelineFilter): boolean {
  const { entryId, family, kind, type, pack } = filter;
  if (type !== null && item.type !== type) return false;
  if (pack !== null && !(pack === OWN_RECORDS ? item.packs.length === 0 : item.packs.includes(pack)))
    return false;
  if (!inDateRange(item.date, filter.from, filter.to)) return false;
  if (entryId === null && family === null && kind === null) return true;
  const entries = itemEntries(item);
  if (entryId !== null && !entries.some((entry) => entry.id === entryId)) return false;
  if (family !== null && !entries.some((entry) => familyOf(entry.kind) === family)) return false;
  return kind === null || entries.some((entry) => entry.kind === kind);
}

/** One page of the filtered timeline, and how many items pass the filter in all. */
export interface TimelinePage {
  total: number;
  items: TimelineItem[];
}

/**
 * The items of `timeline` (latest first) that pass `filter`, in its order, from `offset` on, at most `limit`.
 * Throws, and filters nothing, when the range starts after it ends.
 */
export function timelinePage(
  timeline: readonly TimelineItem[],
  filter: TimelineFilter,
  offset: number,
  limit: number,
): TimelinePage {
  if (filter.from !== null && filter.to !== null && dateSpan(filter.from).first > dateSpan(filter.to).last)
    throw new RangeError(`The date range starts (${filter.from}) after it ends (${filter.to})`);
  const ordered = filter.order === 'latest' ? timeline : [...timeline].reverse();
  const items: TimelineItem[] = [];
  let total = 0;
  for (const item of ordered) {
    if (!matchesFilter(item, filter)) continue;
    if (total >= offset && items.length < limit) items.push(item);
    total += 1;
  }
  return { total, items };
}
