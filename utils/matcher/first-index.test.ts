import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAt, firstIndexOf } from './first-index';

/** Each node's first child by plain prefix sums, from 1: what the index must give back. */
function offsets(counts: readonly number[]): number[] {
  const at = [1];
  for (const children of counts) at.push(at.at(-1)! + children);
  return at;
}

describe('firstIndexOf', () => {
  it('gives back every offset, the sentinel after the last node included', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(300), { maxLength: 200 }), (counts) => {
        const index = firstIndexOf(counts.length, (n) => counts[n]!);
        const read = Array.from({ length: counts.length + 1 }, (_, n) => firstAt(index, n));
        expect(read).toEqual(offsets(counts));
      }),
    );
  });

  it('takes a little over two bytes a node, where a plain offset array takes four', () => {
    const counts = Array.from({ length: 10_000 }, (_, n) => (n % 7 === 0 ? 0 : n % 5 === 0 ? 3 : 1));
    const index = firstIndexOf(counts.length, (n) => counts[n]!);
    expect(index.shift).toBe(4);
    expect(index.base.byteLength + index.delta.byteLength).toBeLessThan(2.3 * counts.length);
  });

  it('falls back to a block per node when sixteen nodes have more children than two bytes count', () => {
    const counts = [40, 40_000, 30_000, 5, 0, 0];
    const index = firstIndexOf(counts.length, (n) => counts[n]!);
    expect(index.shift).toBe(0);
    expect(Array.from({ length: 7 }, (_, n) => firstAt(index, n))).toEqual(offsets(counts));
    const small = firstIndexOf(3, (n) => [40_000, 20_000, 5][n]!);
    expect(small.shift).toBe(4);
  });
});
