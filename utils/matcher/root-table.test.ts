import { describe, expect, it } from 'vitest';
import { rootChild, rootPairs, rootTableOf } from './root-table';
import { ROOT } from './trie';

/** Children on ASCII, Latin-1, Cyrillic, a typographic quote and the last unit, as a knowledge base may give. */
const CHILDREN: [number, number][] = [
  [0x41, 1],
  [0x61, 2],
  [0xe9, 3],
  [0x41a, 4],
  [0x43a, 5],
  [0x201c, 6],
  [0xffff, 7],
];

describe('root table', () => {
  it('gives each unit its child, and ROOT to every other unit, those sharing a high byte with a child included', () => {
    const table = rootTableOf(CHILDREN);
    for (const [unit, node] of CHILDREN) expect([unit, rootChild(table, unit)]).toEqual([unit, node]);
    const others = [0x00, 0x42, 0x62, 0xe8, 0xff, 0x100, 0x419, 0x43b, 0x4ff, 0x201d, 0x2000, 0xfffe, 0xff00];
    for (const unit of others) expect([unit, rootChild(table, unit)]).toEqual([unit, ROOT]);
  });

  it('takes a few KB, one block per high byte in use, where a flat table took 256 KB', () => {
    expect(rootTableOf(CHILDREN).byteLength).toBe(4 * 256 * (2 + 4));
    expect(rootTableOf([]).byteLength).toBe(4 * 256 * 2);
  });

  it('gives back the pairs it was built from, in unit order, without ROOT', () => {
    const shuffled = [...CHILDREN].reverse();
    expect(rootPairs(rootTableOf([...shuffled, [0x42, ROOT]]))).toEqual(CHILDREN);
    expect(rootPairs(rootTableOf([]))).toEqual([]);
  });
});
