import { describe, expect, it } from 'vitest';
import { entryLine, groupCount, recordLine } from './import-counts';
import type { ImportPreviewItem } from './types';

const row = (type: ImportPreviewItem['type'], status: ImportPreviewItem['status']): ImportPreviewItem => ({
  id: `${type}-${status}-${Math.random()}`,
  name: 'x',
  type,
  status,
});

describe('import preview counts', () => {
  const items = [
    row('entry', 'new'),
    row('entry', 'new'),
    row('entry', 'updated'),
    ...Array.from({ length: 12 }, () => row('fact', 'new')),
    row('stance', 'unchanged'),
  ];

  it('counts entries, not records, in the headline', () => {
    expect(entryLine(items)).toBe('3 entries: 2 new, 1 updated');
    expect(entryLine([row('entry', 'invalid')])).toBe('1 entry: 1 invalid');
    expect(entryLine([row('fact', 'new')])).toBe('no entries');
  });

  it('puts facts and stances on a line of their own, or nothing without any', () => {
    expect(recordLine(items)).toBe('With 12 facts and 1 stance: 12 new, 1 unchanged');
    expect(recordLine([row('entry', 'new')])).toBeNull();
  });

  it('sizes a group by kind of record', () => {
    expect(groupCount(items)).toBe('3 entries, 12 facts, 1 stance');
    expect(groupCount([row('stance', 'new')])).toBe('1 stance');
  });
});
