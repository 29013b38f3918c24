import { describe, expect, it } from 'vitest';
import { automatonSteps } from './automaton';
import { NONE } from './child-table';
import { compactChild } from './compact-trie';
import { failAt, failLinksOf } from './fail-links';
import { firstIndexOf } from './first-index';
import { codeOf, nodeLabelsOf } from './node-labels';
import { rootChild, rootTableOf } from './root-table';
import { ROW_WIDTH, rowsFrom } from './shallow-rows';
import { finish } from './steps';
import { ROOT } from './trie';

const KEYS = ['he', 'she', 'his', 'hers', 'Macron', 'Mac', 'acre', 'ONU', 'UN', 'Київ', 'a b', 'Zé'];

describe('rowsFrom', () => {
  it("gives every shallow node, on every ASCII unit, the child else the failure chain's transition", () => {
    const data = finish(automatonSteps(KEYS));
    const child = compactChild(data.labels.codes, data.first);
    const step = (from: number, unit: number): number => {
      for (let node = from; ; node = failAt(data.fail, node)) {
        const next = node === ROOT ? rootChild(data.rootTable, unit) : child(node, codeOf(data.labels, unit));
        if (next !== NONE) return next;
      }
    };
    expect(data.shallow).toBeGreaterThan(3);
    let moves = 0;
    for (let node = 0; node < data.shallow; node++)
      for (let unit = 0; unit < ROW_WIDTH; unit++) {
        const expected = step(node, unit);
        expect([node, unit, data.rows[node * ROW_WIDTH + unit]]).toEqual([node, unit, expected]);
        if (expected !== ROOT) moves++;
      }
    expect(moves).toBeGreaterThan(data.shallow * 3);
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
    const rows = rowsFrom(2, failLinksOf(new Int32Array(count)), rootTable, nodeLabelsOf(label), first);
    expect(rows.BYTES_PER_ELEMENT).toBe(4);
    expect([rows[97], rows[ROW_WIDTH + 97], rows[ROW_WIDTH + 98]]).toEqual([1, 3, 4]);
  });
});
