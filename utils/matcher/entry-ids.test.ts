import { describe, expect, it } from 'vitest';
import { entryIdLookup, entryIdsFrom, joinEntryIds } from './entry-ids';

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

  it('joins one id, and none, into strings it reads back', () => {
    expect(entryIdLookup(joinEntryIds(['nato']))(0)).toBe('nato');
    expect(joinEntryIds([])).toBe('');
  });

  it('refuses an id with a space or an empty id, which it could not tell apart again', () => {
    expect(() => joinEntryIds(['un', 'bad id'])).toThrow(/"bad id" cannot be packed/);
    expect(() => joinEntryIds(['un', ''])).toThrow(/cannot be packed/);
  });

  it('reads joined ids back from their bytes, and refuses bytes that are not ids joined by spaces', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(entryIdsFrom(bytes('emmanuel-macron un x-2'))).toBe('emmanuel-macron un x-2');
    expect(entryIdsFrom(bytes(''))).toBe('');
    for (const bad of [bytes('macron,un'), bytes('Macron'), bytes('un\nnato'), Uint8Array.of(0x75, 0xff)])
      expect(() => entryIdsFrom(bad)).toThrow(/not entry ids joined by spaces/);
  });
});
