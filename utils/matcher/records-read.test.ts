import { describe, expect, it } from 'vitest';
import type { AliasRecord } from '@/utils/model';
import { EXCLUDE, NEEDS_CONTEXT } from './record-flags';
import { readRecords } from './records-read';

const record = (entryId: string, extra: Partial<AliasRecord['alias']> = {}): AliasRecord => ({
  entryId,
  family: 'actor',
  generic: false,
  alias: { text: entryId, caseSensitive: false, needsContext: false, exclude: false, ...extra },
});

describe('readRecords', () => {
  it("reads each record's flags and entry, entries in order of first record, met again after others", () => {
    const read = readRecords([
      record('macron'),
      record('macron', { exclude: true }),
      record('un', { needsContext: true }),
      record('macron', { needsContext: true }),
      record('nato', { exclude: true, needsContext: true }),
      record('un'),
    ]);
    expect(read.ids).toEqual(['macron', 'un', 'nato']);
    expect([...read.entry]).toEqual([0, 0, 1, 0, 2, 1]);
    expect([...read.flags]).toEqual([0, EXCLUDE, NEEDS_CONTEXT, NEEDS_CONTEXT, EXCLUDE | NEEDS_CONTEXT, 0]);
  });

  it('reads no records as no entries', () => {
    const read = readRecords([]);
    expect(read.ids).toEqual([]);
    expect(read.entry).toHaveLength(0);
  });
});
