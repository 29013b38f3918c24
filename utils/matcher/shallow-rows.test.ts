import { describe, expect, it } from 'vitest';
import { automatonSteps } from './automaton';
import { compactChildren } from './compact-trie';
import { firstIndexOf } from './first-index';
import { codeOf, nodeLabelsOf } from './node-labels';
import { rootChild, rootTableOf } from './root-table';
import { ASCII_UNITS, asciiCodes, rowsFrom, rowWidth } from './shallow-rows';
import { finish } from './steps';
import { NONE, ROOT } from './trie';

const KEYS = ['he', 'she', 'his', 'hers', 'Macron', 'Mac', 'acre', 'ONU', 'UN', 'Київ', 'a b', 'Zé'];

describe('rowsFrom', () => {
  it('gives every shallow node, on every ASCII unit a key uses, its child there, and 0 where it has none', () => {
    const { data } = finish(automatonSteps(KEYS));
    const { near, deep } = compactChildren(data.labels.codes, data.first);
    const child = (node: number, code: number) => (node < data.shallow ? near : deep)(node, code);
    const step = (node: number, unit: number): number => {
      if (node === ROOT) return rootChild(data.rootTable, unit);
      const code = codeOf(data.labels, unit);
      const next = code < 0 ? NONE : child(node, code);
      return next === NONE ? 0 : next;
    };
    expect(data.shallow).toBeGreaterThan(3);
    const width = rowWidth(data.labels);
    expect(width).toBe(new Set(KEYS.join('')).size - 5);
    expect(data.rows.length).toBe(data.shallow * width);
    const codes = asciiCodes(data.labels);
    let moves = 0;
    for (let node = 0; node < data.shallow; node++)
      for (let unit = 0; unit < ASCII_UNITS; unit++) {
        const expected = step(node, unit);
        const code = codes[unit]!;
        expect([unit, code]).toEqual([unit, codeOf(data.labels, unit)]);
        const got = code < 0 ? 0 : data.rows[node * width + code];
        expect([node, unit, got]).toEqual([node, unit, expected]);
        if (expected !== 0) moves++;
      }
    expect(moves).toBeGreaterThan(data.shallow);
    expect(data.rows.BYTES_PER_ELEMENT).toBe(2);
  });

  it('keeps four bytes a slot when the shallow nodes and their children pass 65,536', () => {
    const children = [2, 70_000, 0];
    const count = 1 + 70_002;
    const first = firstIndexOf(count, (n) => children[n] ?? 0);
    const label = new Uint16Array(count).map((_, n) => (n < 3 ? 97 + n : 97 + ((n - 3) % 60_000)));
    const rootTable = rootTableOf([
      [97, 1],
      [98, 2],
    ]);
    const labels = nodeLabelsOf(label);
    const rows = rowsFrom(2, rootTable, labels, first);
    expect(rows.BYTES_PER_ELEMENT).toBe(4);
    const width = rowWidth(labels);
    expect(width).toBe(31);
    expect([rows[0], rows[2], rows[width], rows[width + 1]]).toEqual([1, 0, 3, 4]);
  });
});
