import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { climbsTo, firstAt, firstIndexOf, knownForm } from './first-index';

/** Each node's first child by plain prefix sums, from 1: what the index must give back. */
function offsets(counts: readonly number[]): number[] {
  const at = [1];
  for (const children of counts) at.push(at.at(-1)! + children);
  return at;
}

describe('firstIndexOf', () => {
  it('gives back every offset, the sentinel after the last node included, wherever the split falls', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(300), { maxLength: 200 }), fc.nat(220), (counts, split) => {
        const index = firstIndexOf(counts.length, (n) => counts[n]!, 1, split);
        const read = Array.from({ length: counts.length + 1 }, (_, n) => firstAt(index, n));
        expect(read).toEqual(offsets(counts));
      }),
    );
  });

  it('keeps the nodes below the split whole, so the many children near a root leave the rest a byte a node', () => {
    const counts = [300, 200, 100, ...Array<number>(1_000).fill(1)];
    const whole = firstIndexOf(counts.length, (n) => counts[n]!);
    const split = firstIndexOf(counts.length, (n) => counts[n]!, 1, 3);
    expect([whole.shift, whole.delta.BYTES_PER_ELEMENT]).toEqual([4, 2]);
    expect([split.shift, split.delta.BYTES_PER_ELEMENT, split.dense.length]).toEqual([6, 1, 4]);
    expect(Array.from({ length: counts.length + 1 }, (_, n) => firstAt(split, n))).toEqual(offsets(counts));
  });

  it('takes a little over a byte a node where few nodes have many children, where a plain offset array takes four', () => {
    const counts = Array.from({ length: 10_000 }, (_, n) => (n % 7 === 0 ? 0 : n % 5 === 0 ? 3 : 1));
    const index = firstIndexOf(counts.length, (n) => counts[n]!);
    expect([index.shift, index.delta.BYTES_PER_ELEMENT]).toEqual([6, 1]);
    expect(index.base.byteLength + index.delta.byteLength).toBeLessThan(1.1 * counts.length);
  });

  it('takes smaller blocks, then two bytes a distance, then a block a node, as the children outgrow each', () => {
    const formOf = (counts: number[]) => {
      const index = firstIndexOf(counts.length, (n) => counts[n]!);
      expect(Array.from({ length: counts.length + 1 }, (_, n) => firstAt(index, n))).toEqual(offsets(counts));
      return [index.shift, index.delta.BYTES_PER_ELEMENT];
    };
    const nodes = (head: number[]) => [...head, ...Array<number>(40).fill(1)];
    expect(formOf(nodes([]))).toEqual([6, 1]);
    expect(formOf(nodes([0, 0, 0, 0, 0, 0, 200, 100]))).toEqual([3, 1]);
    expect(formOf(nodes([0, 0, 200, 100]))).toEqual([2, 1]);
    expect(formOf(nodes([200, 100]))).toEqual([4, 2]);
    expect(formOf(nodes([40, 40_000, 30_000, 5]))).toEqual([0, 2]);
  });

  it('says an index climbs to its total only where no offset goes back, on either side of the split', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(300), { maxLength: 200 }), fc.nat(220), (counts, split) => {
        const index = firstIndexOf(counts.length, (n) => counts[n]!, 1, split);
        const total = offsets(counts).at(-1)!;
        expect(climbsTo(index, counts.length, total)).toBe(true);
        expect(climbsTo(index, counts.length, total + 1)).toBe(false);
      }),
    );
    const counts = Array<number>(200).fill(2);
    for (const split of [0, 50]) {
      const inDense = firstIndexOf(counts.length, (n) => counts[n]!, 1, split);
      const back = split > 0 ? inDense.dense : inDense.delta;
      back[10] = back[9]! - 1;
      expect(climbsTo(inDense, counts.length, 401)).toBe(false);
      const inDeep = firstIndexOf(counts.length, (n) => counts[n]!, 1, split);
      inDeep.delta[140 - split] = 0;
      expect(climbsTo(inDeep, counts.length, 401)).toBe(false);
    }
  });

  it('knows the forms it builds, and no other', () => {
    expect([knownForm(6, 1), knownForm(4, 2), knownForm(0, 2)]).toEqual([true, true, true]);
    expect([knownForm(7, 1), knownForm(6, 2), knownForm(0, 1), knownForm(6, 4)]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
