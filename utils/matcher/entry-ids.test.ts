import { describe, expect, it } from 'vitest';
import { entryIdLookup, joinEntryIds } from './entry-ids';

describe('entry ids', () => {
  it('gives back each id by its index, first and last included', () => {
    const ids = ['emmanuel-macron', 'un', 'x', 'coalition-of-the-willing-2025'];
    const idAt = entryIdLookup(joinEntryIds(ids));
    expect(ids.map((_, i) => idAt(i))).toEqual(ids);
  });

  it('finds every id of a list past its marks, each mark, those either side and the last', () => {
    const ids = Array.from({ length: 70 }, (_, i) => `e-${i}`);
    const idAt = entryIdLookup(joinEntryIds(ids));
    expect(ids.map((_, i) => idAt(i))).toEqual(ids);
  });

  it('joins one id, and none, into bytes it reads back', () => {
    expect(entryIdLookup(joinEntryIds(['nato']))(0)).toBe('nato');
    expect(joinEntryIds([])).toEqual(new Uint8Array(0));
  });

  it('has no id for a number no entry has: past the last, negative or not whole', () => {
    const idAt = entryIdLookup(joinEntryIds(['un', 'nato', 'eu']));
    expect(idAt(2)).toBe('eu');
    for (const none of [3, 17, -1, 0.5, Number.NaN]) expect(idAt(none)).toBeUndefined();
    expect(entryIdLookup(joinEntryIds([]))(0)).toBeUndefined();
  });

  it('keeps a byte a character: the joined ids are ASCII, spaces between', () => {
    const joined = joinEntryIds(['emmanuel-macron', 'un', 'x-2']);
    expect([...joined]).toEqual([...'emmanuel-macron un x-2'].map((c) => c.charCodeAt(0)));
  });

  it('refuses an id that is not an entry id, which it could not tell apart or cut out again', () => {
    expect(() => joinEntryIds(['un', 'bad id'])).toThrow(/"bad id" cannot be packed/);
    expect(() => joinEntryIds(['un', ''])).toThrow(/cannot be packed/);
    expect(() => joinEntryIds(['un', 'macrón'])).toThrow(/"macrón" cannot be packed/);
    expect(() => joinEntryIds(['Macron'])).toThrow(/cannot be packed/);
  });
});
