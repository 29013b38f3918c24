import { describe, expect, it } from 'vitest';
import { makeEntry, makeFact } from '@/tests/helpers/popup-fixtures';
import { CHANGE_TEXT_MAX, recordChanges } from './record-changes';

const nato = makeEntry({
  id: 'nato',
  name: 'NATO',
  kind: 'organisation',
  role: 'Alliance',
  aliases: [{ text: 'Nato', caseSensitive: true, needsContext: false }],
});

describe('recordChanges', () => {
  it('lists each changed field as before → after, leaving bookkeeping out', () => {
    const incoming = {
      ...nato,
      role: 'North Atlantic military alliance',
      rev: 9,
      updatedAt: nato.updatedAt + 1,
    };
    expect(recordChanges(nato, incoming)).toEqual([
      { field: 'Role', before: 'Alliance', after: 'North Atlantic military alliance' },
    ]);
  });

  it('finds nothing to list in a copy that differs only in bookkeeping or list order', () => {
    const two = { ...nato, tags: ['a', 'b'] };
    expect(recordChanges(two, { ...two, rev: 3, tags: ['b', 'a'] })).toEqual([]);
  });

  it('shows a list by what it loses and gains, aliases with their options', () => {
    const incoming = {
      ...nato,
      aliases: [
        { text: 'Nato', caseSensitive: false, needsContext: false },
        { text: 'OTAN', caseSensitive: true, needsContext: false },
      ],
    };
    expect(recordChanges(nato, incoming)).toEqual([
      { field: 'Aliases', before: 'Nato (case-sensitive)', after: 'Nato; OTAN (case-sensitive)' },
    ]);
    expect(recordChanges({ ...nato, affiliation: null }, { ...nato, affiliation: 'un' })).toEqual([
      { field: 'Affiliation', before: '—', after: 'un' },
    ]);
  });

  it("names a fact's fields in the reader's words and clips long text", () => {
    const fact = makeFact({ id: 'f', entryIds: ['nato'], text: 'Short.' });
    const long = 'x'.repeat(200);
    const [text, entries] = recordChanges(fact, { ...fact, text: long, entryIds: ['nato', 'un'] });
    expect(text).toEqual({ field: 'Text', before: 'Short.', after: `${'x'.repeat(CHANGE_TEXT_MAX - 1)}…` });
    expect(entries).toEqual({ field: 'Entries', before: '—', after: 'un' });
  });
});
