import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outletNamesOf } from './outlet-names';

describe('outletNamesOf', () => {
  it("gives each outlet's names in order, and nothing for an entry that is no outlet", () => {
    const names = outletNamesOf({
      7: ['The Times', 'Times'],
      2: ['Financial Times'],
      40: [],
      13: ['The Guardian'],
    });
    expect(names.get(7)).toEqual(['The Times', 'Times']);
    expect(names.get(2)).toEqual(['Financial Times']);
    expect(names.get(13)).toEqual(['The Guardian']);
    expect(names.get(40)).toEqual([]);
    expect([0, 3, 8, 41, -1].map((entry) => names.get(entry))).toEqual(Array(5).fill(undefined));
    expect(outletNamesOf({}).get(0)).toBeUndefined();
  });

  it('finds what a map of the same outlets finds, for any numbers asked', () => {
    const entry = fc.nat({ max: 200 });
    const list = fc.array(fc.stringMatching(/^[A-Za-z ]{1,8}$/), { maxLength: 3 });
    fc.assert(
      fc.property(fc.dictionary(entry.map(String), list), fc.array(entry), (outlets, asked) => {
        const names = outletNamesOf(outlets);
        for (const probe of [...Object.keys(outlets).map(Number), ...asked])
          expect([probe, names.get(probe)]).toEqual([probe, outlets[probe]]);
      }),
    );
  });

  it('keeps a name that spans lines as one name, and skips keys that are not entry numbers', () => {
    const names = outletNamesOf({ 3: ['Kyiv\nIndependent'], ['x' as unknown as number]: ['X'] });
    expect(names.get(3)).toEqual(['Kyiv Independent']);
    expect(names.get(Number.NaN)).toBeUndefined();
  });
});
