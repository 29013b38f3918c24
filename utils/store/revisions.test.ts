import { describe, expect, it } from 'vitest';
import { makeEntry } from '@/tests/helpers/kb-records';
import { MAX_REV } from '@/utils/schema/fields';
import { ConflictError } from './errors';
import { stamp } from './revisions';

describe('stamp', () => {
  it('creates at revision 1 and refuses a create over a stored record', () => {
    expect(stamp('Entry', makeEntry('a'), undefined, null, 5)).toMatchObject({ rev: 1, createdAt: 5 });
    expect(() => stamp('Entry', makeEntry('a'), makeEntry('a', { rev: 1 }), null, 5)).toThrow(ConflictError);
  });

  it('climbs to the highest revision and refuses to go past it', () => {
    const below = makeEntry('a', { rev: MAX_REV - 1 });
    expect(stamp('Entry', below, below, MAX_REV - 1, 5).rev).toBe(MAX_REV);
    const top = makeEntry('a', { rev: MAX_REV });
    expect(() => stamp('Entry', top, top, MAX_REV, 5)).toThrow(
      `Entry "a" is at the highest revision (${MAX_REV}) and cannot change again`,
    );
  });
});
