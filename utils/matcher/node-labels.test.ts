import { describe, expect, it } from 'vitest';
import { namedHits } from '@/tests/helpers/named-matcher';
import type { AliasRecord } from '@/utils/model';
import { automatonFrom, automatonSteps } from './automaton';
import { matcherDataSteps, matcherFrom } from './compile-matcher';
import { toWire } from './matcher-wire';
import { codeKind, codeOf, nodeLabelsOf, unitAt } from './node-labels';
import { finish } from './steps';
import { noWalks } from './walks';
import { fromWire } from './wire-unpack';

/** Node labels as a compact trie has them: the root's (0) first, then any units. */
const labelsOf = (text: string) => Uint16Array.from(`\0${text}`, (c) => c.charCodeAt(0));

describe('nodeLabelsOf', () => {
  it("codes each node's unit by its rank, so codes sort as the units do, and gives the unit back", () => {
    const label = labelsOf('nkaКaйz');
    const labels = nodeLabelsOf(label);
    expect([...labels.units]).toEqual([...'akznКй'].map((c) => c.charCodeAt(0)).sort((a, b) => a - b));
    for (let node = 1; node < label.length; node++) expect(unitAt(labels, node)).toBe(label[node]);
    expect(codeOf(labels, 'a'.charCodeAt(0))).toBeLessThan(codeOf(labels, 'k'.charCodeAt(0)));
    expect(codeOf(labels, 'k'.charCodeAt(0))).toBeLessThan(codeOf(labels, 'К'.charCodeAt(0)));
  });

  it('gives -1 for a unit no node is labelled with, the root aside', () => {
    const labels = nodeLabelsOf(labelsOf('ab'));
    expect(codeOf(labels, 'c'.charCodeAt(0))).toBe(-1);
    expect(codeOf(labels, 0)).toBe(-1);
    expect(codeOf(labels, 'ж'.charCodeAt(0))).toBe(-1);
  });

  it('takes one byte a node up to 256 distinct units, two past that', () => {
    expect(codeKind(256)).toBe(Uint8Array);
    const many = Array.from({ length: 257 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    const labels = nodeLabelsOf(labelsOf(many));
    expect(labels.codes.BYTES_PER_ELEMENT).toBe(2);
    expect(unitAt(labels, 257)).toBe(0x4e00 + 256);
    expect(nodeLabelsOf(labelsOf(many.slice(0, 256))).codes.BYTES_PER_ELEMENT).toBe(1);
  });
});

describe('the scan over coded labels', () => {
  const scanAll = (keys: string[], text: string): string[] => {
    const units = Uint16Array.from(text, (c) => c.charCodeAt(0));
    const found: string[] = [];
    const { data, keyOrder } = finish(automatonSteps(keys));
    automatonFrom(data).scan(units, units.length, (_, key) => found.push(keys[keyOrder[key]!]!), noWalks());
    return found;
  };

  it('goes back to the root on a unit no key uses, and finds what follows', () => {
    expect(scanAll(['кий', 'ab'], 'кЖий aЖb')).toEqual([]);
    expect(scanAll(['кий', 'ab'], 'ЖкийЖabЖ')).toEqual(['кий', 'ab']);
  });

  it('finds keys over 257 distinct units after the trip to a page, with two-byte codes', async () => {
    const texts = Array.from({ length: 300 }, (_, i) => `${String.fromCharCode(0x4e00 + i)}${i}`);
    const records: AliasRecord[] = texts.map((text, i) => ({
      entryId: `e${i}`,
      family: 'actor',
      generic: false,
      alias: { text, caseSensitive: false, needsContext: false },
    }));
    const build = finish(matcherDataSteps(records));
    const data = await fromWire(structuredClone(await toWire(build)));
    expect(data.automaton.labels.codes.BYTES_PER_ELEMENT).toBe(2);
    const hits = namedHits(matcherFrom(data).find(`${texts[299]} and ${texts[0]}`), build);
    expect(hits.map((hit) => hit.entryId)).toEqual(['e299', 'e0']);
  });
});
