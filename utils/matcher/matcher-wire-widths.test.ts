import { describe, expect, it } from 'vitest';
import { namedHits } from '@/tests/helpers/named-matcher';
import type { AliasRecord } from '@/utils/model';
import { matcherDataSteps, matcherFrom } from './compile-matcher';
import { toWire } from './matcher-wire';
import { finish } from './steps';
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
  const build = finish(matcherDataSteps(entries(count)));
  const data = await fromWire(structuredClone(await toWire(build)));
  const text = `Zq${(count - 1).toString(36)} and Zq0`;
  return { data, ids: namedHits(matcherFrom(data).find(text), build).map((hit) => hit.entryId) };
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

  it('carries numbers to pages and no entry id, and refuses a layout whose entry count misplaces the bytes', async () => {
    const records = ['emmanuel-macron', 'keir-starmer'].map((entryId, i) => ({ ...entries(2)[i]!, entryId }));
    const wire = await toWire(finish(matcherDataSteps(records)));
    expect(wire.deflated).toBe(false);
    const text = new TextDecoder('latin1').decode(wire.bytes);
    expect([text.includes('macron'), text.includes('starmer')]).toEqual([false, false]);
    expect(wire.layout.entries).toBe(2);
    await expect(fromWire({ ...wire, layout: { ...wire.layout, entries: 70_000 } })).rejects.toThrow();
  });
});
