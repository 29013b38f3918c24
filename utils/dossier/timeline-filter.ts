import { type Family, familyOf, type Kind } from '@/utils/model';
import { OWN_RECORDS } from './dossier-source';
import { dateRangeTest, dateSpan } from './partial-date';
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

/** Whether `filter` lets every item through, latest first: the timeline whose first items can be read alone. */
export function isWholeTimeline(filter: TimelineFilter): boolean {
  const { entryId, family, kind, type, pack, from, to, order } = filter;
  return order === 'latest' && [entryId, family, kind, type, pack, from, to].every((part) => part === null);
}

/** The test of whether one item passes every part of the filter, prepared once for a whole timeline. */
function filterTest(filter: TimelineFilter): (item: TimelineItem) => boolean {
  const { entryId, family, kind, type, pack } = filter;
  const inRange = dateRangeTest(filter.from, filter.to);
  const byEntries = entryId !== null || family !== null || kind !== null;
  return (item) => {
    if (type !== null && item.type !== type) return false;
    if (pack !== null && !(pack === OWN_RECORDS ? item.packs.length === 0 : item.packs.includes(pack)))
      return false;
    if (!inRange(item.date)) return false;
    if (!byEntries) return true;
    const entries = itemEntries(item);
    if (entryId !== null && !entries.some((entry) => entry.id === entryId)) return false;
    if (family !== null && !entries.some((entry) => familyOf(entry.kind) === family)) return false;
    return kind === null || entries.some((entry) => entry.kind === kind);
  };
}

/**
 * The items of `timeline` (latest first) that pass `filter`, in its order. Throws, and filters nothing, when the
 * range starts after it ends.
 */
export function filterTimeline(timeline: readonly TimelineItem[], filter: TimelineFilter): TimelineItem[] {
  if (filter.from !== null && filter.to !== null && dateSpan(filter.from).first > dateSpan(filter.to).last)
    throw new RangeError(`The date range starts (${filter.from}) after it ends (${filter.to})`);
  const passes = filterTest(filter);
  const items = timeline.filter(passes);
  return filter.order === 'latest' ? items : items.reverse();
}

/** One page of the filtered timeline, and how many items pass the filter in all. */
export interface TimelinePage {
  total: number;
  items: TimelineItem[];
}

/** Items `offset` to `offset + limit` of a filtered timeline, and how many it holds. */
export function timelinePage(items: readonly TimelineItem[], offset: number, limit: number): TimelinePage {
  return { total: items.length, items: items.slice(offset, offset + limit) };
}
