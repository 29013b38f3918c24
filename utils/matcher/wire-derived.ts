import { type FirstIndex, firstAt, firstIndexOf } from './first-index';
import { ROOT } from './trie';

/**
 * Each node's child count, as the wire carries the `first` offsets: two bytes a node instead of four. The root's
 * count is left out (it is the number of root pairs, and may reach 65,536). A deeper node with more than 65,535
 * children would take a knowledge base of as many aliases sharing one prefix, so it is refused, not carried.
 */
export function childCounts(first: FirstIndex, count: number): Uint16Array {
  const counts = new Uint16Array(count);
  for (let n = 1; n < count; n++) {
    const children = firstAt(first, n + 1) - firstAt(first, n);
    if (children > 0xffff)
      throw new Error(`Trie node ${n} has ${children} children, more than the wire carries`);
    counts[n] = children;
  }
  return counts;
}

/** The `first` index back from the child counts (the root's children are the root pairs), split as the trie's. */
export function firstFromCounts(counts: Uint16Array, rootChildren: number, shallow: number): FirstIndex {
  return firstIndexOf(counts.length, (n) => (n === ROOT ? rootChildren : counts[n]!), 1, shallow);
}

/** Where each key's records start, as the wire carries them: one four-byte offset a key, and the total after. */
export function keyStarts(keyRecords: FirstIndex, keys: number): Int32Array {
  return Int32Array.from({ length: keys + 1 }, (_, k) => firstAt(keyRecords, k));
}

/** The key records' index back from the wire's offsets, which must run from 0 up to `records` without going back. */
export function keyRecordsFrom(starts: Int32Array, records: number): FirstIndex {
  const keys = starts.length - 1;
  const ordered = starts.every((start, k) => (k === 0 ? start === 0 : start >= starts[k - 1]!));
  if (!ordered || starts[keys] !== records)
    throw new Error(`Matcher data whose key offsets do not fit its ${records} key records`);
  return firstIndexOf(keys, (k) => starts[k + 1]! - starts[k]!, 0);
}

/** Each value less the one before, in place (./wire-layout.ts's DELTA_CODED): done on the wire's own view. */
export function toDeltas(values: Int32Array | Uint16Array | Uint8Array): void {
  for (let i = values.length - 1; i > 0; i--) values[i] = values[i]! - values[i - 1]!;
}

/** The values back from their differences, in place: a running sum that wraps in the array's width as they did. */
export function fromDeltas(values: Int32Array | Uint16Array | Uint8Array): void {
  for (let i = 1; i < values.length; i++) values[i] = values[i]! + values[i - 1]!;
}
