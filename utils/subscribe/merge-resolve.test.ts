import { describe, expect, it } from 'vitest';
import { makeEntry } from '@/tests/helpers/kb-records';
import type { PackRecords } from '@/utils/pack';
import { choiceKey, resolve } from './merge-resolve';
import { threeWayMerge } from './three-way';

const v1 = { createdAt: 100, updatedAt: 100, rev: 1 };
const macron = makeEntry('macron', { name: 'Emmanuel Macron', ...v1 });
const macronV2 = { ...macron, role: 'President', updatedAt: 500, rev: 2 };
const macronMine = { ...macron, summary: 'My notes.', updatedAt: 300, rev: 2 };
const merz = makeEntry('merz', v1);
const merzV2 = { ...merz, role: 'Chancellor', updatedAt: 500, rev: 2 };

const records = (...entries: (typeof macron)[]): PackRecords => ({ entries, facts: [], stances: [] });
/** Macron edited on both sides; Merz deleted here and changed upstream: two conflicts. */
const plan = threeWayMerge(
  records(macron, merz),
  records(macronV2, merzV2),
  records(macronMine),
  () => false,
);
const ids = (list: { record: { id: string } }[]) => list.map(({ record }) => record.id);

describe('resolve', () => {
  it('keeps the reader’s copy of every conflict left without a choice', () => {
    expect(plan.conflicts.map(({ id }) => id)).toEqual(['macron', 'merz']);
    const resolved = resolve(plan, {});
    expect(resolved.conflicts).toEqual([]);
    expect(ids(resolved.updates)).toEqual([]);
    expect(ids(resolved.creates)).toEqual([]);
    expect(resolved.kept.map(({ id, reason, mine }) => [id, reason, mine])).toEqual([
      ['macron', 'edited', macronMine],
      ['merz', 'deleted-here', null],
    ]);
  });

  it('writes the pack’s copy where the reader chose it: an update, or a create where they had deleted it', () => {
    const resolved = resolve(plan, { [choiceKey('entries', 'macron')]: 'theirs', 'entries/merz': 'theirs' });
    expect(resolved.updates).toEqual([{ collection: 'entries', index: 0, record: macronV2 }]);
    expect(resolved.creates).toEqual([{ collection: 'entries', index: 1, record: merzV2 }]);
    expect(resolved.kept).toEqual([]);
  });

  it('follows each choice separately, and “mine” keeps the edit', () => {
    const resolved = resolve(plan, { 'entries/macron': 'mine', 'entries/merz': 'theirs' });
    expect(ids(resolved.updates)).toEqual([]);
    expect(ids(resolved.creates)).toEqual(['merz']);
    expect(resolved.kept.map(({ id }) => id)).toEqual(['macron']);
  });

  it('refuses a choice that names no conflict, or is neither answer, leaving the plan as it was', () => {
    const before = structuredClone(plan);
    expect(() => resolve(plan, { 'entries/rutte': 'theirs' })).toThrow(
      '“entries/rutte” is not a conflict of this update: preview it again.',
    );
    expect(() => resolve(plan, { 'entries/macron': 'both' as 'mine' })).toThrow(/must be "mine" or "theirs"/);
    expect(plan).toEqual(before);
  });
});
