import { describe, expect, it } from 'vitest';
import { makeEntry, makeFact } from '@/tests/helpers/kb-records';
import type { Entry, Fact } from '@/utils/model';
import type { PackRecords } from '@/utils/pack';
import { type MergePlan, threeWayMerge } from './three-way';

const v1 = { createdAt: 100, updatedAt: 100, rev: 1 };
const v2 = { createdAt: 100, updatedAt: 500, rev: 2 };
const macron = makeEntry('macron', { name: 'Emmanuel Macron', ...v1 });
const macronV2 = { ...macron, role: 'President', ...v2 };
const macronMine = { ...macron, summary: 'My notes.', updatedAt: 300, rev: 2 };

const records = (entries: Entry[], facts: Fact[] = []): PackRecords => ({ entries, facts, stances: [] });

/** The plan's ids per bucket, kept records with their reason: what each case asserts. */
function merge(base: PackRecords | null, theirs: PackRecords, mine: PackRecords, edited: string[] = []) {
  const plan: MergePlan = threeWayMerge(base, theirs, mine, (_collection, id) => edited.includes(id));
  const ids = (list: { record: { id: string } }[]) => list.map(({ record }) => record.id);
  return {
    creates: ids(plan.creates),
    updates: ids(plan.updates),
    unchanged: ids(plan.unchanged),
    removes: ids(plan.removes),
    kept: plan.kept.map(({ id, reason }) => [id, reason]),
    conflicts: plan.conflicts.map(({ id }) => id),
  };
}
const nothing = { creates: [], updates: [], unchanged: [], removes: [], kept: [], conflicts: [] };

describe('threeWayMerge', () => {
  it('untouched here: follows the pack, even after a save that changed nothing', () => {
    const base = records([macron]);
    expect(merge(base, records([macronV2]), base)).toEqual({ ...nothing, updates: ['macron'] });
    const resaved = { ...macron, updatedAt: 400, rev: 7 };
    expect(merge(base, records([macronV2]), records([resaved]))).toMatchObject({ updates: ['macron'] });
  });

  it('untouched here but marked edited by its origin: never overwritten', () => {
    const base = records([macron]);
    expect(merge(base, records([macronV2]), base, ['macron'])).toEqual({ ...nothing, conflicts: ['macron'] });
  });

  it('edited here and unchanged upstream: kept as the reader left it, not written', () => {
    const republished = { ...macron, updatedAt: 900, rev: 4 };
    expect(merge(records([macron]), records([republished]), records([macronMine]))).toEqual({
      ...nothing,
      kept: [['macron', 'edited']],
    });
  });

  it('removed upstream: removed when untouched here, kept and listed when edited here', () => {
    const fact = makeFact('f1', ['macron'], v1);
    const base = records([macron], [fact]);
    expect(merge(base, records([macron]), base)).toEqual({
      ...nothing,
      unchanged: ['macron'],
      removes: ['f1'],
    });
    const mineFact = { ...fact, text: 'Reworded here', rev: 2 };
    expect(merge(base, records([macron]), records([macron], [mineFact]))).toMatchObject({
      removes: [],
      kept: [['f1', 'removed-upstream']],
    });
    expect(merge(base, records([macron]), base, ['f1'])).toMatchObject({
      removes: [],
      kept: [['f1', 'removed-upstream']],
    });
  });

  it('edited on both sides: a conflict when they differ, unchanged when they agree', () => {
    const base = records([macron]);
    expect(merge(base, records([macronV2]), records([macronMine]))).toEqual({
      ...nothing,
      conflicts: ['macron'],
    });
    const sameEdit = { ...macronV2, updatedAt: 300, rev: 9 };
    expect(merge(base, records([macronV2]), records([sameEdit]))).toEqual({
      ...nothing,
      unchanged: ['macron'],
    });
  });

  it('added on both sides under one id: a conflict when they differ, unchanged when they agree', () => {
    expect(merge(null, records([macronV2]), records([macronMine]))).toEqual({
      ...nothing,
      conflicts: ['macron'],
    });
    expect(merge(records([]), records([macronV2]), records([macronV2]))).toEqual({
      ...nothing,
      unchanged: ['macron'],
    });
    expect(merge(null, records([macronV2]), records([]))).toEqual({ ...nothing, creates: ['macron'] });
  });

  it('deleted here: stays deleted while the pack leaves it as it was, a conflict when the pack changed it', () => {
    const base = records([macron]);
    expect(merge(base, base, records([]))).toEqual({ ...nothing, kept: [['macron', 'deleted-here']] });
    const plan = threeWayMerge(base, records([macronV2]), records([]), () => false);
    expect(plan.creates).toEqual([]);
    expect(plan.conflicts).toEqual([
      { collection: 'entries', id: 'macron', index: 0, base: macron, theirs: macronV2, mine: null },
    ]);
  });

  it('leaves alone stored records neither version of the pack names', () => {
    const own = makeEntry('mine-only', v1);
    expect(merge(records([macron]), records([macron]), records([macron, own]))).toEqual({
      ...nothing,
      unchanged: ['macron'],
    });
  });
});
