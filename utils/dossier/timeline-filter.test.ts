import { describe, expect, it } from 'vitest';
import { makeEntry, makeFact, makeStance } from '@/tests/helpers/kb-records';
import { OWN_RECORDS } from './dossier-source';
import { buildTimeline } from './timeline';
import {
  filterTimeline,
  isWholeTimeline,
  NO_FILTER,
  type TimelineFilter,
  timelinePage,
} from './timeline-filter';

const timeline = buildTimeline({
  entries: [
    makeEntry('macron', { name: 'Emmanuel Macron' }),
    makeEntry('france', { name: 'France', kind: 'country' }),
    makeEntry('mission', { name: 'UN mission', kind: 'mission' }),
  ],
  facts: [
    makeFact('macron-2024', ['macron'], { date: '2024-11-05' }),
    makeFact('france-march', ['france'], { date: '2025-03' }),
    makeFact('mission-2025', ['mission'], { date: '2025' }),
  ],
  stances: [makeStance('stance', 'macron', 'mission', { date: '2025-04-02' })],
  packsOf: new Map([
    ['facts/france-march', ['starter']],
    ['stances/stance', ['starter', 'extra']],
  ]),
});

function ids(filter: Partial<TimelineFilter>): string[] {
  return filterTimeline(timeline, { ...NO_FILTER, ...filter }).map((item) => item.id);
}

describe('filterTimeline and timelinePage', () => {
  it('keeps only items about the entry, a stance counting for its actor and its proposal', () => {
    expect(ids({ entryId: 'macron' })).toEqual(['stance', 'macron-2024']);
    expect(ids({ entryId: 'mission' })).toEqual(['stance', 'mission-2025']);
    expect(ids({ entryId: 'nobody' })).toEqual([]);
  });

  it('filters by family, kind and type', () => {
    expect(ids({ family: 'proposal' })).toEqual(['stance', 'mission-2025']);
    expect(ids({ kind: 'country' })).toEqual(['france-march']);
    expect(ids({ type: 'fact', family: 'actor' })).toEqual(['france-march', 'macron-2024']);
  });

  it("filters by pack, or keeps only the reader's own records", () => {
    expect(ids({ pack: 'starter' })).toEqual(['stance', 'france-march']);
    expect(ids({ pack: 'extra' })).toEqual(['stance']);
    expect(ids({ pack: OWN_RECORDS })).toEqual(['mission-2025', 'macron-2024']);
  });

  it('keeps an item whose month or year overlaps the range, and drops one outside it', () => {
    expect(ids({ from: '2025-03-15' })).toEqual(['stance', 'france-march', 'mission-2025']);
    expect(ids({ from: '2025-04-03' })).toEqual(['mission-2025']);
    expect(ids({ to: '2024-12' })).toEqual(['macron-2024']);
    expect(ids({ from: '2025-01', to: '2025-02' })).toEqual(['mission-2025']);
  });

  it('refuses a range that starts after it ends', () => {
    expect(() => filterTimeline(timeline, { ...NO_FILTER, from: '2025-05', to: '2025-04' })).toThrow(
      /starts \(2025-05\) after it ends/,
    );
  });

  it('pages the filtered items in the chosen order and counts them all', () => {
    const page = timelinePage(filterTimeline(timeline, { ...NO_FILTER, order: 'oldest' }), 1, 2);
    expect(page.total).toBe(4);
    expect(page.items.map((item) => item.id)).toEqual(['mission-2025', 'france-march']);
    expect(timelinePage(timeline, 4, 2).items).toEqual([]);
  });

  it('tells the whole timeline, latest first, from any filter or the other order', () => {
    expect(isWholeTimeline({ ...NO_FILTER })).toBe(true);
    for (const part of [
      { entryId: 'macron' },
      { type: 'fact' },
      { to: '2025' },
      { order: 'oldest' },
    ] as const)
      expect(isWholeTimeline({ ...NO_FILTER, ...part })).toBe(false);
  });
});
