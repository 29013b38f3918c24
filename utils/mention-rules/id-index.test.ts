import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idIndexOf } from './id-index';

describe('idIndexOf', () => {
  it('gives each id its place in the ascending list, and -1 to any other, as indexOf would', () => {
    const id = fc.stringMatching(/^[a-z0-9-]{1,6}$/);
    fc.assert(
      fc.property(fc.array(id, { maxLength: 60 }), fc.array(id, { maxLength: 30 }), (ids, asked) => {
        const ascending = [...new Set(ids)].sort();
        const indexOf = idIndexOf(ascending);
        for (const probe of [...ids, ...asked])
          expect([probe, indexOf(probe)]).toEqual([probe, ascending.indexOf(probe)]);
      }),
    );
  });

  it('tells apart ids that are prefixes of one another, and finds nothing when given nothing', () => {
    const indexOf = idIndexOf(['u', 'un', 'un-mission']);
    expect(['u', 'un', 'un-mission', 'un-', 'unm', ''].map(indexOf)).toEqual([0, 1, 2, -1, -1, -1]);
    expect(idIndexOf([])('un')).toBe(-1);
  });
});
