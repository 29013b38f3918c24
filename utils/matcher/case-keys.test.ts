import { describe, expect, it } from 'vitest';
import { caseKeyPairs, caseKeysOf, firstSpelling, spells } from './case-keys';

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

  it('gives back one pair per spelling, by record, for the wire', () => {
    expect(caseKeyPairs(keys)).toEqual([
      [2, 'UN'],
      [2, 'U.N.'],
      [7, 'NATO'],
      [40, 'EU'],
    ]);
    expect(caseKeysOf(caseKeyPairs(keys))).toEqual(keys);
  });
});
