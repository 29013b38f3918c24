import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validPack } from '@/tests/helpers/minimal-pack';
import type { AliasRecord } from '@/utils/model';
import { aliasRecordsOf } from '@/utils/store/alias-records';
import { matcherDataSteps, matcherFrom } from './compile-matcher';
import { fromWire, toWire } from './matcher-wire';
import { finish } from './steps';
import { childCounts } from './wire-derived';

const alias = (text: string, extra: Partial<AliasRecord['alias']> = {}) => ({
  text,
  caseSensitive: false,
  needsContext: false,
  ...extra,
});

const records: AliasRecord[] = [
  { entryId: 'macron', family: 'actor', alias: alias('Emmanuel Macron') },
  { entryId: 'macron', family: 'actor', alias: alias('Macron') },
  { entryId: 'un', family: 'actor', alias: alias('UN', { caseSensitive: true, needsContext: true }) },
  { entryId: 'un-mission', family: 'proposal', alias: alias('{UN|U.N.}[-led] {mission|force}') },
  { entryId: 'air-france', family: 'actor', alias: alias('Air France', { exclude: true }) },
  { entryId: 'france', family: 'actor', alias: alias('France') },
  { entryId: 'kyiv', family: 'actor', alias: alias('Київ') },
];

const TEXT =
  'Macron met un envoys; the UN said a U.N.-led force, unlike an UN mission, needs Air France and France. Київ agreed.';

describe('matcher wire', () => {
  it('finds exactly what the matcher it was packed from finds, flags and families included', () => {
    const data = finish(matcherDataSteps(records));
    const local = matcherFrom(data).find(TEXT);
    const wire = JSON.parse(JSON.stringify(toWire(data)));
    const received = matcherFrom(fromWire(wire));
    expect(received.find(TEXT)).toEqual(local);
    expect(received.size).toBe(7);
    expect(
      local.map((hit) => [TEXT.slice(hit.start, hit.end), hit.entryId, hit.family, hit.needsContext]),
    ).toEqual([
      ['Macron', 'macron', 'actor', false],
      ['UN', 'un', 'actor', true],
      ['U.N.-led force', 'un-mission', 'proposal', false],
      ['UN mission', 'un-mission', 'proposal', false],
      ['France', 'france', 'actor', false],
      ['Київ', 'kyiv', 'actor', false],
    ]);
  });

  it('gives the starter pack the same hits after the trip as before', () => {
    const pack = validPack(readFileSync(resolve(__dirname, '../../public/starter-pack.json'), 'utf8'), 0);
    const starter = aliasRecordsOf(pack.entries);
    const data = finish(matcherDataSteps(starter));
    const text =
      'Keir Starmer and President Zelensky discussed a UN-led peacekeeping mission with NATO in Kyiv.';
    expect(matcherFrom(fromWire(toWire(data))).find(text)).toEqual(matcherFrom(data).find(text));
    expect(matcherFrom(data).find(text).length).toBeGreaterThan(2);
  });

  it('rebuilds exactly the arrays it leaves out, on a trie with shared prefixes, deep keys and non-ASCII units', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      entryId: `e${i % 50}`,
      family: 'actor' as const,
      alias: alias(`${['Mac', 'Ma', 'Кий', 'Zé'][i % 4]}${i.toString(36)} ${'ab'.repeat(i % 7)}`),
    }));
    const built = finish(matcherDataSteps([...records, ...many])).automaton;
    const sent = fromWire(
      JSON.parse(JSON.stringify(toWire(finish(matcherDataSteps([...records, ...many]))))),
    );
    expect(built.count).toBeGreaterThan(1000);
    expect(built.shallow).toBeGreaterThan(1);
    for (const name of ['first', 'rows', 'fail', 'emit', 'label', 'rootTable'] as const)
      expect([name, ...sent.automaton[name]]).toEqual([name, ...built[name]]);
  });

  it('refuses a trie node with more children than two bytes count', () => {
    const first = Int32Array.from([1, 3, 3 + 70_000, 70_004, 70_004]);
    expect(() => childCounts(first, 4)).toThrow(/node 1 has 70000 children/);
    expect([...childCounts(Int32Array.from([1, 3, 5, 5, 5]), 4)]).toEqual([0, 2, 0, 0]);
  });

  it('refuses bytes that do not fit the layout, or that are not base64', () => {
    const wire = toWire(finish(matcherDataSteps(records)));
    expect(() => fromWire({ ...wire, layout: { ...wire.layout, nodes: wire.layout.nodes + 1 } })).toThrow(
      /bytes/,
    );
    expect(() => fromWire({ ...wire, bytes: `${wire.bytes.slice(0, -4)}!!!!` })).toThrow();
  });

  it('packs an empty knowledge base into a matcher that finds nothing', () => {
    const empty = matcherFrom(fromWire(toWire(finish(matcherDataSteps([])))));
    expect(empty.find('Macron')).toEqual([]);
  });
});
