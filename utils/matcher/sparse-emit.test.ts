import { describe, expect, it } from 'vitest';
import { NONE } from './child-table';
import { emitAt, rankOf, sparseEmitOf } from './sparse-emit';

/** One key a node: NONE for most, a key for a few, across word edges. */
function denseEmit(count: number): Int32Array {
  const emit = new Int32Array(count).fill(NONE);
  for (const node of [0, 1, 31, 32, 33, 63, 64, 95, 100, count - 1]) emit[node] = node * 7;
  emit[7] = 0;
  return emit;
}

describe('sparse emit', () => {
  it('gives every node what the dense array gave, NONE included, on each side of every word edge', () => {
    const dense = denseEmit(130);
    const sparse = sparseEmitOf(dense, Uint16Array);
    for (let node = 0; node < dense.length; node++)
      expect([node, emitAt(sparse, node)]).toEqual([node, dense[node]]);
  });

  it('keeps the keys of emitting nodes only, in the width asked, and rebuilds the same rank from the bits', () => {
    const sparse = sparseEmitOf(denseEmit(130), Uint16Array);
    expect(sparse.values.length).toBe(11);
    expect(sparse.values.BYTES_PER_ELEMENT).toBe(2);
    expect(sparse.bits.length).toBe(5);
    expect([...rankOf(sparse.bits)]).toEqual([...sparse.rank]);
    expect(sparse.rank.at(-1)).toBe(11);
    const wide = new Int32Array(3).fill(NONE);
    wide[2] = 70_000;
    expect(emitAt(sparseEmitOf(wide, Int32Array), 2)).toBe(70_000);
  });

  it('reads nothing set in a word whose every bit is set but one, nor in an empty one', () => {
    const dense = new Int32Array(64).fill(5);
    dense[40] = NONE;
    const sparse = sparseEmitOf(dense, Uint16Array);
    expect(emitAt(sparse, 40)).toBe(NONE);
    expect(emitAt(sparse, 41)).toBe(5);
    expect(emitAt(sparseEmitOf(new Int32Array(40).fill(NONE), Uint16Array), 39)).toBe(NONE);
  });
});
