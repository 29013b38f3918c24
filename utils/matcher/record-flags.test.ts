import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXCLUDE, entryBits, hasEntryBit, NEEDS_CONTEXT, packRecordFlags, recordFlags } from './record-flags';

describe('record flags', () => {
  it('gives back each record its own two flags, four to a byte', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 50 }), (flags) => {
        const packed = packRecordFlags(flags);
        expect(packed).toHaveLength(Math.ceil(flags.length / 4));
        expect(flags.map((_, r) => recordFlags(packed, r))).toEqual(flags);
      }),
    );
  });

  it('keeps a flag of one record out of its neighbours', () => {
    const packed = packRecordFlags([0, EXCLUDE | NEEDS_CONTEXT, 0, NEEDS_CONTEXT, EXCLUDE]);
    expect([0, 1, 2, 3, 4].map((r) => recordFlags(packed, r))).toEqual([0, 3, 0, 2, 1]);
  });

  it('sets a bit for each entry that is one, and none for the others', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 40 }), (set) => {
        const bits = entryBits(set.length, (e) => set[e]!);
        expect(bits).toHaveLength(Math.ceil(set.length / 8));
        expect(set.map((_, e) => hasEntryBit(bits, e))).toEqual(set);
      }),
    );
  });
});
