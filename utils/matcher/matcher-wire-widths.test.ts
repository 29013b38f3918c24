import { describe, expect, it } from 'vitest';
import type { AliasRecord } from '@/utils/model';
import { matcherDataSteps, matcherFrom } from './compile-matcher';
import { toWire } from './matcher-wire';
import { finish } from './steps';
import { offsets, sections } from './wire-layout';
import { fromWire } from './wire-unpack';

/** `count` entries of one alias each, named so that every one is a distinct word. */
function entries(count: number): AliasRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    entryId: `e${i}`,
    family: 'actor' as const,
    generic: false,
    alias: { text: `Zq${i.toString(36)}`, caseSensitive: false, needsContext: false },
  }));
}

/** The entry ids a matcher unpacked from the wire finds for the last and the first record's aliases. */
async function roundTrip(count: number) {
  const wire = structuredClone(await toWire(finish(matcherDataSteps(entries(count)))));
  const data = await fromWire(wire);
  const text = `Zq${(count - 1).toString(36)} and Zq0`;
  return {
    data,
    ids: matcherFrom(data)
      .find(text)
      .map((hit) => hit.entryId),
  };
}

describe('matcher wire: indexes in two bytes where they fit', () => {
  it("takes two bytes for a record's entry up to 65,536 entries, and names the right entries", async () => {
    const { data, ids } = await roundTrip(3000);
    expect(data.recordEntry.BYTES_PER_ELEMENT).toBe(2);
    expect(ids).toEqual(['e2999', 'e0']);
  });

  it('takes four bytes past 65,536, and still names the right entries', async () => {
    const { data, ids } = await roundTrip(65_537);
    expect(data.recordEntry.BYTES_PER_ELEMENT).toBe(4);
    expect(ids).toEqual(['e65536', 'e0']);
  }, 60_000);

  it('refuses ids that are not entry ids joined by spaces', async () => {
    const wire = await toWire(finish(matcherDataSteps(entries(3))));
    expect(wire.deflated).toBe(false);
    const bytes = wire.bytes.slice();
    const list = sections(wire.layout);
    const at = offsets(wire.layout).at[list.findIndex(([name]) => name === 'entryIds')]!;
    expect(new TextDecoder().decode(bytes.subarray(at, at + wire.layout.idBytes))).toBe('e0 e1 e2');
    bytes[at + 2] = ','.charCodeAt(0);
    await expect(fromWire({ ...wire, bytes })).rejects.toThrow(/not entry ids/);
  });

  it('refuses ids that do not number the entries the layout says', async () => {
    const wire = await toWire(finish(matcherDataSteps(entries(3))));
    await expect(fromWire({ ...wire, layout: { ...wire.layout, entries: 2 } })).rejects.toThrow(
      /3 entries, 2 expected/,
    );
    await expect(fromWire({ ...wire, layout: { ...wire.layout, entries: 70_000 } })).rejects.toThrow();
  });
});
