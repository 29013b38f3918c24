import { describe, expect, it } from 'vitest';
import type { Hit } from './compile-matcher';
import { confirmedEntries } from './confirmed-entries';

const hit = (entryId: string, needsContext: boolean): Hit => ({
  start: 0,
  end: 1,
  entryId,
  family: 'actor',
  record: 0,
  needsContext,
});

describe('confirmedEntries', () => {
  it('holds entries with an unambiguous hit and leaves out those with only ambiguous ones', () => {
    const confirmed = confirmedEntries([hit('a', true), hit('a', false), hit('b', true)]);
    expect([...confirmed]).toEqual(['a']);
  });

  it('is empty for no hits', () => {
    expect(confirmedEntries([]).size).toBe(0);
  });
});
