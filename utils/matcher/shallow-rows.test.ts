import { describe, expect, it } from 'vitest';
import { automatonSteps } from './automaton';
import { NONE } from './child-table';
import { compactChild } from './compact-trie';
import { rootChild } from './root-table';
import { ROW_WIDTH } from './shallow-rows';
import { finish } from './steps';
import { ROOT } from './trie';

const KEYS = ['he', 'she', 'his', 'hers', 'Macron', 'Mac', 'acre', 'ONU', 'UN', 'Київ', 'a b', 'Zé'];

describe('rowsFrom', () => {
  it("gives every shallow node, on every ASCII unit, the child else the failure chain's transition", () => {
    const data = finish(automatonSteps(KEYS));
    const child = compactChild(data.label, data.first);
    const step = (from: number, unit: number): number => {
      for (let node = from; ; node = data.fail[node]!) {
        const next = node === ROOT ? rootChild(data.rootTable, unit) : child(node, unit);
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
  });
});
