import { describe, expect, it } from 'vitest';
import { caseKeysFrom, caseKeysOf, firstSpelling, spells } from './case-keys';

const keys = caseKeysOf([
  [7, 'NATO'],
  [2, ['UN', 'U.N.']],
  [40, 'EU'],
]);

/** Whether `record` accepts `cased`, as the matcher asks it; null when the record's case is free. */
const accepts = (record: number, cased: string): boolean | null => {
  const at = firstSpelling(keys, record);
  return at === -1 ? null : spells(keys, at, cased);
};

describe('case keys', () => {
  it('accepts exactly the spellings of the record asked, and none of another record', () => {
    expect([accepts(2, 'UN'), accepts(2, 'U.N.'), accepts(7, 'NATO'), accepts(40, 'EU')]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([
      accepts(2, 'U'),
      accepts(2, 'UNO'),
      accepts(2, 'NATO'),
      accepts(7, 'EU'),
      accepts(40, ''),
    ]).toEqual([false, false, false, false, false]);
  });

  it('leaves the case of every other record free, before, between and after those it holds', () => {
    expect([0, 1, 3, 8, 39, 41].map((record) => firstSpelling(keys, record))).toEqual([
      -1, -1, -1, -1, -1, -1,
    ]);
    expect(firstSpelling(caseKeysOf([]), 0)).toBe(-1);
  });

  it('takes the table back from the wire, and refuses one the lookups could not search', () => {
    const { records, starts, joined } = keys;
    expect(caseKeysFrom(records, starts, joined, 41)).toEqual(keys);
    const refused = [
      caseKeysFrom.bind(null, records, starts, joined, 40),
      caseKeysFrom.bind(null, Int32Array.from([2, 7, 2, 40]), starts, joined, 41),
      caseKeysFrom.bind(null, Int32Array.from([-1, 2, 7, 40]), starts, joined, 41),
      caseKeysFrom.bind(null, records, Int32Array.from([0, 2, 6, 5, 10]), joined, 41),
      caseKeysFrom.bind(null, records, Int32Array.from([1, 2, 6, 10, 12]), joined, 41),
      caseKeysFrom.bind(null, records, starts, `${joined}X`, 41),
    ];
    for (const read of refused) expect(read).toThrow(/case keys that do not fit/);
  });
});
