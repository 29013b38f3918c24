import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validPack } from '@/tests/helpers/minimal-pack';
import { namedHits } from '@/tests/helpers/named-matcher';
import type { AliasRecord } from '@/utils/model';
import { aliasRecordsOf } from '@/utils/store/alias-records';
import { matcherDataSteps, matcherFrom } from './compile-matcher';
import { type MatcherWire, toWire } from './matcher-wire';
import { finish } from './steps';
import { DEFLATE_FROM, inflate } from './wire-deflate';
import { offsets, sections } from './wire-layout';
import { fromWire } from './wire-unpack';

const alias = (text: string, extra: Partial<AliasRecord['alias']> = {}) => ({
  text,
  caseSensitive: false,
  needsContext: false,
  ...extra,
});

const records: AliasRecord[] = [
  { entryId: 'macron', family: 'actor', generic: false, alias: alias('Emmanuel Macron') },
  { entryId: 'macron', family: 'actor', generic: false, alias: alias('Macron') },
  {
    entryId: 'un',
    family: 'actor',
    generic: true,
    alias: alias('UN', { caseSensitive: true, needsContext: true }),
  },
  {
    entryId: 'un-mission',
    family: 'proposal',
    generic: false,
    alias: alias('{UN|U.N.}[-led] {mission|force}'),
  },
  { entryId: 'air-france', family: 'actor', generic: false, alias: alias('Air France', { exclude: true }) },
  { entryId: 'france', family: 'actor', generic: true, alias: alias('France') },
  { entryId: 'kyiv', family: 'actor', generic: false, alias: alias('Київ') },
];

const TEXT =
  'Macron met un envoys; the UN said a U.N.-led force, unlike an UN mission, needs Air France and France. Київ agreed.';

/** 12,000 entries of one alias each: a wire of 73 KiB, which travels raw unless told to deflate from less. */
const MANY = Array.from({ length: 12_000 }, (_, i) => ({
  entryId: `e${i}`,
  family: 'actor' as const,
  generic: i % 3 === 0,
  alias: alias(`Name ${i.toString(36)}`),
}));

/** A size every wire reaches: the deflated path, on bases small enough to build in a unit test. */
const DEFLATE_ALL = 0;

async function deflatedWire() {
  const wire = await toWire(finish(matcherDataSteps(MANY)), DEFLATE_ALL);
  expect(wire.deflated).toBe(true);
  return wire;
}

describe('matcher wire', () => {
  it('finds exactly what the matcher it was packed from finds, flags, families and topic classes included', async () => {
    const data = finish(matcherDataSteps(records));
    const local = matcherFrom(data).find(TEXT);
    const wire = structuredClone(await toWire(data));
    const received = matcherFrom(await fromWire(wire));
    expect(received.find(TEXT)).toEqual(local);
    expect(received.size).toBe(7);
    expect(
      namedHits(local, data).map((hit) => [
        TEXT.slice(hit.start, hit.end),
        hit.entryId,
        hit.family,
        hit.generic,
        hit.needsContext,
      ]),
    ).toEqual([
      ['Macron', 'macron', 'actor', false, false],
      ['UN', 'un', 'actor', true, true],
      ['U.N.-led force', 'un-mission', 'proposal', false, false],
      ['UN mission', 'un-mission', 'proposal', false, false],
      ['France', 'france', 'actor', true, false],
      ['Київ', 'kyiv', 'actor', false, false],
    ]);
  });

  it('gives the starter pack the same hits after the trip as before', async () => {
    const pack = validPack(readFileSync(resolve(__dirname, '../../public/starter-pack.json'), 'utf8'), 0);
    const starter = aliasRecordsOf(pack.entries);
    const data = finish(matcherDataSteps(starter));
    const text =
      'Keir Starmer and President Zelensky discussed a UN-led peacekeeping mission with NATO in Kyiv.';
    expect(matcherFrom(await fromWire(await toWire(data))).find(text)).toEqual(matcherFrom(data).find(text));
    expect(matcherFrom(data).find(text).length).toBeGreaterThan(2);
  });

  it.each([
    [400, false],
    [6000, true],
  ])(
    'rebuilds exactly the arrays it leaves out (%i aliases, deflated: %s), shared prefixes and non-ASCII units included',
    async (length, deflated) => {
      const many = Array.from({ length }, (_, i) => ({
        entryId: `e${i % 50}`,
        family: 'actor' as const,
        generic: false,
        alias: alias(`${['Mac', 'Ma', 'Кий', 'Zé'][i % 4]}${i.toString(36)} ${'ab'.repeat(i % 7)}`),
      }));
      const built = finish(matcherDataSteps([...records, ...many])).automaton;
      const wire = await toWire(
        finish(matcherDataSteps([...records, ...many])),
        deflated ? DEFLATE_ALL : DEFLATE_FROM,
      );
      expect(wire.deflated).toBe(deflated);
      const sent = await fromWire(structuredClone(wire));
      expect(built.count).toBeGreaterThan(1000);
      expect(built.shallow).toBeGreaterThan(1);
      for (const name of ['rows', 'rootTable'] as const)
        expect([name, ...sent.automaton[name]]).toEqual([name, ...built[name]]);
      for (const name of ['codes', 'units', 'table'] as const)
        expect([name, ...sent.automaton.labels[name]]).toEqual([name, ...built.labels[name]]);
      expect(sent.automaton.first).toEqual(built.first);
      for (const name of ['bits', 'rank'] as const)
        expect([name, ...sent.automaton.emit[name]]).toEqual([name, ...built.emit[name]]);
    },
  );

  it('sends bytes under the deflating size raw, deflates them from it, and a page finds the same in both', async () => {
    const data = finish(matcherDataSteps(MANY));
    const raw = await toWire(data);
    expect(raw.deflated).toBe(false);
    expect((await toWire(data, raw.bytes.length + 1)).deflated).toBe(false);
    const deflated = await toWire(data, raw.bytes.length);
    expect(deflated.deflated).toBe(true);
    expect(raw.bytes.length).toBeGreaterThan(2 * deflated.bytes.length);
    const hits = async (wire: typeof raw) =>
      namedHits(matcherFrom(await fromWire(wire)).find('Name 1a and Name zz'), data).map(
        (hit) => hit.entryId,
      );
    expect(await hits(raw)).toEqual(await hits(deflated));
    expect(await hits(raw)).toEqual([`e${parseInt('1a', 36)}`, `e${parseInt('zz', 36)}`]);
  });

  it('carries the climbing arrays as differences where it deflates them, as values where not, and gives them back', async () => {
    const steps = (values: Uint16Array | Int32Array) => [
      ...values.map((value, i) => (i === 0 ? value : value - values[i - 1]!)),
    ];
    const sent = (wire: MatcherWire, bytes: Uint8Array<ArrayBuffer>, name: string) => {
      const list = sections(wire.layout);
      const i = list.findIndex(([section]) => section === name);
      const [, kind, length] = list[i]!;
      return [...new kind(bytes.buffer, offsets(wire.layout).at[i], length)];
    };
    const small = finish(matcherDataSteps(records));
    const raw = await toWire(small);
    expect(raw.deflated).toBe(false);
    expect(sent(raw, raw.bytes, 'recordEntry')).toEqual([...small.recordEntry]);
    expect([...(await fromWire(raw)).recordEntry]).toEqual([...small.recordEntry]);
    const many = finish(matcherDataSteps(MANY));
    const deflated = await deflatedWire();
    const inflated = await inflate(deflated.bytes, offsets(deflated.layout).total);
    expect(sent(deflated, inflated, 'recordEntry')).toEqual(steps(many.recordEntry));
    expect(sent(deflated, inflated, 'recordEntry')).not.toEqual([...many.recordEntry]);
    expect([...(await fromWire(deflated)).recordEntry]).toEqual([...many.recordEntry]);
  });

  it('keeps no bytes the page does not use: every array it is sent is one it reads', async () => {
    const wire = await deflatedWire();
    const data = await fromWire(wire);
    const { automaton: a } = data;
    const views = [
      a.labels.codes,
      a.labels.units,
      a.first.dense,
      a.first.base,
      a.first.delta,
      a.rootTable,
      a.rows,
      ...Object.values(a.emit),
      data.lengthStarts,
    ];
    const { keyRecords } = data;
    const used = [
      ...views,
      keyRecords.base,
      keyRecords.delta,
      data.recordEntry,
      data.flags,
      data.proposals,
      data.generic,
      data.caseKeys.records,
      data.caseKeys.starts,
    ];
    const held = new Set(used.map((array) => array.buffer));
    const heldBytes = [...held].reduce((sum, buffer) => sum + buffer.byteLength, 0);
    const usedBytes = used.reduce((sum, array) => sum + array.byteLength, 0);
    expect(heldBytes - usedBytes).toBeLessThan(64);
  });

  it('refuses indexes in a form it does not read, and child offsets that do not end at the nodes', async () => {
    const wire = await toWire(finish(matcherDataSteps(records)));
    const { layout } = wire;
    await expect(fromWire({ ...wire, layout: { ...layout, firstWidth: 3 } })).rejects.toThrow(/form/);
    await expect(fromWire({ ...wire, layout: { ...layout, keyShift: 7 } })).rejects.toThrow(/form/);
    await expect(fromWire({ ...wire, layout: { ...layout, shallow: layout.nodes + 1 } })).rejects.toThrow(
      /shallow/,
    );
    const bytes = wire.bytes.slice();
    const list = sections(layout);
    const i = list.findIndex(([name]) => name === 'firstDelta');
    const [, kind, length] = list[i]!;
    new kind(bytes.buffer, offsets(layout).at[i], length)[length - 1]! += 1;
    await expect(fromWire({ ...wire, bytes })).rejects.toThrow(/child offsets/);
  });

  it('refuses bytes that do not fit the layout, leaves the wire it read as it came, and reads one off a four-byte boundary', async () => {
    const data = finish(matcherDataSteps(records));
    const wire = await toWire(data);
    await expect(
      fromWire({ ...wire, layout: { ...wire.layout, nodes: wire.layout.nodes + 1 } }),
    ).rejects.toThrow(/bytes/);
    await expect(fromWire({ ...wire, bytes: wire.bytes.subarray(0, -4).slice() })).rejects.toThrow(/bytes/);
    const sent = wire.bytes.slice();
    await fromWire(wire);
    expect(wire.bytes).toEqual(sent);
    const offBoundary = new Uint8Array(wire.bytes.length + 1);
    offBoundary.set(wire.bytes, 1);
    const shifted = await fromWire({ ...wire, bytes: offBoundary.subarray(1) });
    expect(namedHits(matcherFrom(shifted).find('Macron'), data).map((hit) => hit.entryId)).toEqual([
      'macron',
    ]);
  });

  it('refuses key offsets that go back or do not end at the key records', async () => {
    const wire = await toWire(finish(matcherDataSteps(records)));
    expect(wire.deflated).toBe(false);
    /** The offsets travel as built: each key's distance from its block's first (./first-index.ts). */
    const tampered = (change: (distances: Uint8Array | Uint16Array) => void) => {
      const bytes = wire.bytes.slice();
      const list = sections(wire.layout);
      const i = list.findIndex(([name]) => name === 'keyDelta');
      const [, kind, length] = list[i]!;
      change(new kind(bytes.buffer, offsets(wire.layout).at[i], length) as Uint8Array | Uint16Array);
      return fromWire({ ...wire, bytes });
    };
    await expect(tampered(() => {})).resolves.toBeDefined();
    await expect(tampered((distances) => (distances[2] = 200))).rejects.toThrow(/key offsets/);
    await expect(tampered((distances) => (distances[distances.length - 1]! += 1))).rejects.toThrow(
      /key offsets/,
    );
  });

  it('refuses key lengths that fall or do not count every key', async () => {
    const wire = await toWire(finish(matcherDataSteps(records)));
    const tampered = (change: (starts: Int32Array) => void) => {
      const bytes = wire.bytes.slice();
      const list = sections(wire.layout);
      const i = list.findIndex(([name]) => name === 'lengthStarts');
      change(new Int32Array(bytes.buffer, offsets(wire.layout).at[i], wire.layout.lengths));
      return fromWire({ ...wire, bytes });
    };
    await expect(tampered(() => {})).resolves.toBeDefined();
    await expect(tampered((starts) => (starts[2] = wire.layout.keys))).rejects.toThrow(/key lengths/);
    await expect(tampered((starts) => (starts[starts.length - 1]! -= 1))).rejects.toThrow(/key lengths/);
  });

  it('refuses deflated bytes that are cut short, or that inflate to another size than the layout says', async () => {
    const wire = await deflatedWire();
    const layout = wire.layout;
    await expect(fromWire({ ...wire, layout: { ...layout, records: layout.records - 4 } })).rejects.toThrow(
      /bytes/,
    );
    await expect(fromWire({ ...wire, layout: { ...layout, records: layout.records + 4 } })).rejects.toThrow(
      /bytes/,
    );
    const cut = wire.bytes.slice(0, wire.bytes.length >> 1);
    await expect(fromWire({ ...wire, bytes: cut })).rejects.toThrow();
    expect((await fromWire(wire)).size).toBe(12_000);
  });

  it('packs an empty knowledge base into a matcher that finds nothing', async () => {
    const empty = matcherFrom(await fromWire(await toWire(finish(matcherDataSteps([])))));
    expect(empty.find('Macron')).toEqual([]);
  });
});
