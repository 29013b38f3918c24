import { ROW_WIDTH } from './shallow-rows';
import { ROOT } from './trie';

/**
 * Each node's child count, as the wire carries the `first` offsets: two bytes a node instead of four. The root's
 * count is left out (it is the number of root pairs, and may reach 65,536); a deeper node cannot have as many.
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

/**
 * The shallow nodes' dense ASCII rows, rebuilt rather than sent: each row starts as a copy of its failure target's
 * (shallower, so already built) and takes the node's own ASCII children over it, which is what following the
 * failure chain gives, in a native copy and a pass over the children.
 */
export function rowsFrom(
  shallow: number,
  fail: Int32Array,
  rootTable: Int32Array,
  label: Uint16Array,
  first: Int32Array,
): Int32Array {
  const rows = new Int32Array(shallow * ROW_WIDTH);
  if (shallow > 0) rows.set(rootTable.subarray(0, ROW_WIDTH));
  for (let node = 1; node < shallow; node++) {
    const base = node * ROW_WIDTH;
    rows.copyWithin(base, fail[node]! * ROW_WIDTH, fail[node]! * ROW_WIDTH + ROW_WIDTH);
    for (let child = first[node]!; child < first[node + 1]! && label[child]! < ROW_WIDTH; child++)
      rows[base + label[child]!] = child;
  }
  return rows;
}
