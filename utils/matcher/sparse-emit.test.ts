import { describe, expect, it } from 'vitest';
import { emitAt, rankOf, sparseEmitOf } from './sparse-emit';
import { NONE } from './trie';

/** Nodes that end a key, across word edges. */
const ENDING = [0, 1, 7, 31, 32, 33, 63, 64, 95, 100, 129];

describe('sparse emit', () => {
  it('gives each ending node its rank among them, and NONE to the others, on each side of every word edge', () => {
    const sparse = sparseEmitOf(130, (node) => ENDING.includes(node));
    for (let node = 0; node < 130; node++)
      expect([node, emitAt(sparse, node)]).toEqual([
        node,
        ENDING.includes(node) ? ENDING.indexOf(node) : NONE,
      ]);
  });

  it('holds a bit a node and a count a word, and rebuilds the same rank from the bits', () => {
    const sparse = sparseEmitOf(130, (node) => ENDING.includes(node));
    expect(sparse.bits.length).toBe(5);
    expect([...rankOf(sparse.bits)]).toEqual([...sparse.rank]);
    expect(sparse.rank.at(-1)).toBe(ENDING.length);
    expect([...rankOf(Int32Array.of(-1, 0, 1 << 31, 0x55555555, 7))]).toEqual([0, 32, 32, 33, 49, 52]);
  });

  it('reads nothing set in a word whose every bit is set but one, nor in an empty one', () => {
    const sparse = sparseEmitOf(64, (node) => node !== 40);
    expect(emitAt(sparse, 40)).toBe(NONE);
    expect(emitAt(sparse, 41)).toBe(40);
    expect(
      emitAt(
        sparseEmitOf(40, () => false),
        39,
      ),
    ).toBe(NONE);
  });
});
