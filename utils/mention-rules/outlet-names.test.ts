import { describe, expect, it } from 'vitest';
import { outletNamesOf } from './outlet-names';

describe('outletNamesOf', () => {
  it("gives each outlet's names in order, and nothing for an entry that is no outlet", () => {
    const names = outletNamesOf({
      times: ['The Times', 'Times'],
      'ft-com': ['Financial Times'],
      a: [],
      guardian: ['The Guardian'],
    });
    expect(names.get('times')).toEqual(['The Times', 'Times']);
    expect(names.get('ft-com')).toEqual(['Financial Times']);
    expect(names.get('guardian')).toEqual(['The Guardian']);
    expect(names.get('a')).toEqual([]);
    expect([names.get('macron'), names.get('time'), names.get('')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('keeps a name that spans lines as one name', () => {
    expect(outletNamesOf({ kyiv: ['Kyiv\nIndependent'] }).get('kyiv')).toEqual(['Kyiv Independent']);
  });
});
