import { describe, expect, it } from 'vitest';
import { automatonFrom, automatonSteps } from './automaton';
import { failAt, failLinksOf, failLinksSteps, MAX_LINKED_NODES } from './fail-links';
import { firstIndexOf } from './first-index';
import { toWire } from './matcher-wire';
import { nodeLabelsOf } from './node-labels';
import { finish } from './steps';
import { fromWire } from './wire-unpack';

describe('failLinksOf', () => {
  it('keeps every link up to 2^24 - 1 in its three bytes', () => {
    const links = new Int32Array([0, 1, 0xffff, 0x10000, 0x12345, MAX_LINKED_NODES - 1]);
    const split = failLinksOf(links);
    expect(Array.from(links, (_, node) => failAt(split, node))).toEqual([...links]);
    expect(split.low.BYTES_PER_ELEMENT + split.high.BYTES_PER_ELEMENT).toBe(3);
  });

  it('refuses a trie with more nodes than three bytes can name', () => {
    expect(() => failLinksOf(new Int32Array(MAX_LINKED_NODES + 1))).toThrow(/more than 16777216/);
  });
});

describe('failLinksSteps', () => {
  const linksOf = (links: { low: Uint16Array; high: Uint8Array }) =>
    Array.from(links.low, (_, n) => failAt(links, n));

  it('rebuilds the links the compile made, through suffixes, the root and non-ASCII units', () => {
    const keys = ['he', 'she', 'his', 'hers', 'ushers', 'zé', 'ézé', 'кий', 'икий', 'a b', 'b a b'];
    const data = finish(automatonSteps(keys));
    const rebuilt = finish(failLinksSteps(data.labels, data.first, data.rootTable, data.count));
    expect(linksOf(rebuilt)).toEqual(linksOf(data.fail));
    expect(linksOf(rebuilt).filter((link) => link !== 0).length).toBeGreaterThan(8);
  });

  it('refuses child counts that number a child before its parent, where a chain of links could loop', () => {
    const counts = [1, 0, 2, 0];
    const first = firstIndexOf(counts.length, (node) => counts[node]!);
    const labels = nodeLabelsOf(Uint16Array.from([0, 97, 98, 99]));
    const rootTable = finish(automatonSteps(['a'])).rootTable;
    expect(() => finish(failLinksSteps(labels, first, rootTable, counts.length))).toThrow(
      /number node 2 before its parent 2/,
    );
  });
});

describe('failure links past 65,535 in a real automaton', () => {
  // 70,000 keys push the deepest nodes' ids past two bytes. From `w zq<last>` the scan meets a `v` it has no
  // child for and must follow its link to `zq<last>`, one of the last ids, to find `zq<last>v`: a link that lost
  // its third byte lands elsewhere and the hit is missed.
  const last = (69_999).toString(36);
  const keys = [
    ...Array.from({ length: 70_000 }, (_, i) => `zq${i.toString(36)}`),
    `zq${last}v`,
    `w zq${last}x`,
  ];
  const text = `w zq${last}v`;
  const hitsOf = (scan: ReturnType<typeof automatonFrom>['scan']): string[] => {
    const units = Uint16Array.from(text, (c) => c.charCodeAt(0));
    const found: string[] = [];
    scan(units, units.length, (_, key) => found.push(keys[key]!));
    return found;
  };

  it('finds the key the link leads to', () => {
    const data = finish(automatonSteps(keys));
    expect(data.fail.high.some((byte) => byte > 0)).toBe(true);
    expect(hitsOf(automatonFrom(data).scan)).toContain(`zq${last}v`);
  });

  it('rebuilds them in steps of 32,768 parents', () => {
    const data = finish(automatonSteps(keys));
    const steps = failLinksSteps(data.labels, data.first, data.rootTable, data.count);
    let yields = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) yields++;
    expect(yields).toBe(Math.floor(data.count / 32_768));
    expect(yields).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['sent', true],
    ['rebuilt by the page', false],
  ])(
    'finds it after the trip to a page as well, the links %s',
    async (_, links) => {
      const records = keys.map((text, i) => ({
        entryId: `e${i}`,
        family: 'actor' as const,
        alias: { text, caseSensitive: false, needsContext: false },
      }));
      const { matcherDataSteps } = await import('./compile-matcher');
      let pauses = 0;
      const wire = structuredClone(await toWire(finish(matcherDataSteps(records)), { links }));
      const data = await fromWire(wire, async () => {
        pauses++;
      });
      expect(data.automaton.fail.high.some((byte) => byte > 0)).toBe(true);
      // Between the inflate's slices of 256 KB; after the inflate, the differences, the ids, the key offsets, the
      // views and the links; between the rebuilt links' steps.
      const slices = Math.ceil(wire.bytes.length / (256 * 1024));
      expect(wire.deflated).toBe(true);
      expect(pauses).toBe(slices - 1 + 6 + (links ? 0 : Math.floor(data.automaton.count / 32_768)));
      expect(hitsOf(automatonFrom(data.automaton).scan)).toContain(`zq${last}v`);
    },
    60_000,
  );
});
