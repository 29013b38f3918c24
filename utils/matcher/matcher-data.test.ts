import { describe, expect, it } from 'vitest';
import type { AliasRecord } from '@/utils/model';
import { aliasTableSteps, inKeyOrder } from './alias-table';
import { automatonSteps } from './automaton';
import { firstAt } from './first-index';
import { flattenSteps } from './matcher-data';
import { EXCLUDE, hasEntryBit, NEEDS_CONTEXT, recordFlags } from './record-flags';
import { finish } from './steps';

const record = (entryId: string, text: string, extra: Partial<AliasRecord['alias']> = {}): AliasRecord => ({
  entryId,
  family: entryId.startsWith('p-') ? 'proposal' : 'actor',
  generic: entryId === 'france',
  alias: { text, caseSensitive: false, needsContext: false, ...extra },
});

/** Flattens `records` after building their table and automaton, counting the flattening's own yields. */
function flatten(records: AliasRecord[], numbered: string[] = []) {
  const table = finish(aliasTableSteps(records));
  const { data, keyOrder } = finish(automatonSteps(table.keys));
  const ordered = inKeyOrder(table, keyOrder);
  const steps = flattenSteps(records, ordered, data, numbered);
  let yields = 0;
  let next = steps.next();
  for (; !next.done; next = steps.next()) yields++;
  return { data: next.value, keys: ordered.keys, yields };
}

describe('flattenSteps', () => {
  it("lists each key's records together, key by key, with their flags and entries, each entry once with its bits", () => {
    const { data, keys } = flatten([
      record('macron', 'Macron'),
      record('p-mission', 'the {mission|force}', { needsContext: true }),
      record('macron', 'Emmanuel Macron'),
      record('macron', 'Macron Tower', { exclude: true }),
      record('france', 'macron'),
    ]);
    expect(keys).toEqual(['macron', 'the force', 'the mission', 'macron tower', 'emmanuel macron']);
    expect(keys.map((_, k) => firstAt(data.keyRecords, k))).toEqual([0, 2, 3, 4, 5]);
    expect(firstAt(data.keyRecords, keys.length)).toBe(6);
    expect([0, 1, 2, 3, 4, 5].map((r) => recordFlags(data.flags, r))).toEqual([
      0,
      0,
      NEEDS_CONTEXT,
      NEEDS_CONTEXT,
      EXCLUDE,
      0,
    ]);
    expect(data.flags).toHaveLength(2);
    expect([...data.recordEntry]).toEqual([0, 1, 2, 2, 0, 0]);
    expect(new TextDecoder().decode(data.entryIds)).toBe('macron france p-mission');
    expect([0, 1, 2].map((entry) => hasEntryBit(data.proposals, entry))).toEqual([false, false, true]);
    expect([0, 1, 2].map((entry) => hasEntryBit(data.generic, entry))).toEqual([false, true, false]);
    expect(data.size).toBe(5);
  });

  it('keeps the numbers of entries numbered before, with records or not, and numbers the others after them', () => {
    const records = [
      record('macron', 'Macron'),
      record('p-mission', 'the mission'),
      record('france', 'France'),
    ];
    const { data } = flatten(records, ['gone', 'france']);
    expect(new TextDecoder().decode(data.entryIds)).toBe('gone france macron p-mission');
    expect(data.entries).toBe(4);
    expect([...data.recordEntry]).toEqual([1, 2, 3]);
    expect([0, 1, 2, 3].map((entry) => hasEntryBit(data.generic, entry))).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect([0, 1, 2, 3].map((entry) => hasEntryBit(data.proposals, entry))).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect(() => flatten(records, ['france', 'france'])).toThrow(/names an entry twice/);
  });

  it('yields along a large base, and flattens it as in one go', () => {
    const records = Array.from({ length: 40_000 }, (_, i) =>
      record(`e-${i % 9000}`, `name ${i.toString(36)}`),
    );
    const { data, keys, yields } = flatten(records);
    expect(yields).toBeGreaterThanOrEqual(3);
    expect(data.recordEntry).toHaveLength(40_000);
    expect(data.flags).toHaveLength(10_000);
    const ids = new TextDecoder().decode(data.entryIds).split(' ');
    expect(keys.map((_, k) => ids[data.recordEntry[k]!])).toEqual(
      keys.map((key) => `e-${Number.parseInt(key.slice(5), 36) % 9000}`),
    );
  });
});
