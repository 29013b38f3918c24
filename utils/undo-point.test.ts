import { describe, expect, it } from 'vitest';
import { makeEntry } from '@/tests/helpers/kb-records';
import type { ImportPlan } from './import-plan';
import { UNDO_MAX_CHARS, UNDO_MAX_RECORDS, undoFits } from './undo-point';

const none = { entries: [], facts: [], stances: [] };
const planOf = (parts: Partial<ImportPlan>): ImportPlan => ({
  creates: [],
  updates: [],
  unchanged: [],
  invalid: [],
  removes: [],
  broken: [],
  ...parts,
});

describe('undoFits', () => {
  it('counts every record a write touches against the record bound', () => {
    const created = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        collection: 'entries' as const,
        index: i,
        record: makeEntry(`e${i}`),
      }));
    expect(undoFits(planOf({ creates: created(UNDO_MAX_RECORDS) }), none)).toBe(true);
    expect(undoFits(planOf({ creates: created(UNDO_MAX_RECORDS + 1) }), none)).toBe(false);
  });

  it('counts the stored copies a write replaces or removes against the size bound, and no others', () => {
    const big = makeEntry('big', { summary: 'x'.repeat(UNDO_MAX_CHARS) });
    const stored = { ...none, entries: [big, makeEntry('small')] };
    expect(undoFits(planOf({ removes: [{ collection: 'entries', id: 'small' }] }), stored)).toBe(true);
    expect(undoFits(planOf({ removes: [{ collection: 'entries', id: 'big' }] }), stored)).toBe(false);
    const update = { collection: 'entries' as const, index: 0, record: big, conflicting: false };
    expect(undoFits(planOf({ updates: [update] }), stored)).toBe(false);
    expect(undoFits(planOf({ unchanged: [update] }), stored)).toBe(true);
  });
});
