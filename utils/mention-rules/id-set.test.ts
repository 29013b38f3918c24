import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idSetOf } from './id-set';

describe('idSetOf', () => {
  it('holds exactly the ids it was given, as a Set would', () => {
    const id = fc.stringMatching(/^[a-z0-9-]{1,6}$/);
    fc.assert(
      fc.property(fc.array(id, { maxLength: 60 }), fc.array(id, { maxLength: 30 }), (ids, asked) => {
        const set = idSetOf(ids);
        const plain = new Set(ids);
        for (const probe of [...ids, ...asked])
          expect([probe, set.has(probe)]).toEqual([probe, plain.has(probe)]);
      }),
    );
  });

  it('tells apart ids that are prefixes of one another, and holds nothing when given nothing', () => {
    const set = idSetOf(['un', 'un-mission', 'u']);
    expect(['u', 'un', 'un-mission', 'un-', 'unm', ''].map((id) => set.has(id))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(idSetOf([]).has('un')).toBe(false);
  });
});
