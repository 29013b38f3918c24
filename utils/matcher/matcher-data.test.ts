import { describe, expect, it } from 'vitest';
import type { AliasRecord } from '@/utils/model';
import { aliasTableSteps, inKeyOrder } from './alias-table';
import { automatonSteps } from './automaton';
import { EXCLUDE, flattenSteps, NEEDS_CONTEXT, PROPOSAL } from './matcher-data';
import { finish } from './steps';

const record = (entryId: string, text: string, extra: Partial<AliasRecord['alias']> = {}): AliasRecord => ({
  entryId,
  family: entryId.startsWith('p-') ? 'proposal' : 'actor',
  alias: { text, caseSensitive: false, needsContext: false, ...extra },
});

/** Flattens `records` after building their table and automaton, counting the flattening's own yields. */
function flatten(records: AliasRecord[]) {
  const table = finish(aliasTableSteps(records));
  const { data, keyOrder } = finish(automatonSteps(table.keys));
  const steps = flattenSteps(records, inKeyOrder(table, keyOrder), data);
  let yields = 0;
  let next = steps.next();
  for (; !next.done; next = steps.next()) yields++;
  return { data: next.value, yields };
}

describe('flattenSteps', () => {
  it("keeps each record's flags and entry, each entry once in first-seen order", () => {
    const { data } = flatten([
      record('macron', 'Macron'),
      record('p-mission', 'the mission', { needsContext: true }),
      record('macron', 'Emmanuel Macron'),
      record('macron', 'Macron Tower', { exclude: true }),
    ]);
    expect([...data.flags]).toEqual([0, NEEDS_CONTEXT | PROPOSAL, 0, EXCLUDE]);
    expect([...data.recordEntry]).toEqual([0, 1, 0, 0]);
    expect(new TextDecoder().decode(data.entryIds)).toBe('macron p-mission');
  });

  it('yields along a large base, and flattens it as in one go', () => {
    const records = Array.from({ length: 40_000 }, (_, i) =>
      record(`e-${i % 9000}`, `name ${i.toString(36)}`),
    );
    const { data, yields } = flatten(records);
    expect(yields).toBeGreaterThanOrEqual(4);
    expect(data.flags).toHaveLength(40_000);
    expect(data.recordEntry[39_999]).toBe(39_999 % 9000);
  });
});
