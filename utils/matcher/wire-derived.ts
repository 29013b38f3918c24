import { ROOT } from './trie';

/**
 * Each node's child count, as the wire carries the `first` offsets: two bytes a node instead of four. The root's
 * count is left out (it is the number of root pairs, and may reach 65,536). A deeper node with more than 65,535
 * children would take a knowledge base of as many aliases sharing one prefix, so it is refused, not carried.
 */
export function childCounts(first: Int32Array, count: number): Uint16Array {
  const counts = new Uint16Array(count);
  for (let n = 1; n < count; n++) {
    const children = first[n + 1]! - first[n]!;
    if (children > 0xffff)
      throw new Error(`Trie node ${n} has ${children} children, more than the wire carries`);
    counts[n] = children;
  }
  return counts;
}

/** The `first` offsets back from the child counts: node 0's children start at 1, in breadth-first numbering. */
export function firstFromCounts(counts: Uint16Array, rootChildren: number): Int32Array {
  const count = counts.length;
  const first = new Int32Array(count + 1);
  first[0] = 1;
  for (let n = 0; n < count; n++) first[n + 1] = first[n]! + (n === ROOT ? rootChildren : counts[n]!);
  return first;
}
