import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ascendingIndexOf } from './ascending-index';

describe('ascendingIndexOf', () => {
  it('finds what indexOf finds in a list of distinct ascending numbers, and -1 for any other', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -50, max: 50 })),
        fc.array(fc.integer()),
        (values, asked) => {
          const ascending = Int32Array.from(values.sort((a, b) => a - b));
          for (const probe of [...values, ...asked, -51, 51])
            expect([probe, ascendingIndexOf(ascending, probe)]).toEqual([probe, ascending.indexOf(probe)]);
        },
      ),
    );
  });

  it('finds the first of a run of equal values, and nothing in an empty list', () => {
    expect(ascendingIndexOf([1, 3, 3, 3, 7], 3)).toBe(1);
    expect(ascendingIndexOf([], 0)).toBe(-1);
  });
});
