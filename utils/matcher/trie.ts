import { packStrings } from '@/utils/packed-strings';
import type { Steps } from './steps';

/** The root node's id. */
export const ROOT = 0;
/** No node: a child lookup's answer when no edge has the unit. */
export const NONE = -1;
/** Nodes this shallow get ids before all deeper ones (breadth first gives them that), so they can have dense rows. */
const SHALLOW_DEPTH = 2;
/** Nodes made between two yields: a few milliseconds before V8 has optimised the loop. */
const CHUNK = 8192;

/**
 * A trie of keys over UTF-16 units, numbered breadth first: a node's children are consecutive, in order of label, so
 * one array (`first`) says where each node's children are, and nodes of depth up to SHALLOW_DEPTH come first.
 */
export interface Trie {
  /** Per node, its unit (the root's is 0). */
  label: Uint16Array;
  /** Node n's children are `first[n]` up to `first[n + 1]`; one entry more than there are nodes. */
  first: Int32Array;
  /** Per node, 1 where a key ends. */
  ends: Uint8Array;
  /** The keys' indexes in the order of the nodes they end at. */
  keyOrder: Int32Array;
  count: number;
  /** Nodes 0 … shallow − 1 are exactly those of depth up to SHALLOW_DEPTH. */
  shallow: number;
}

/**
 * Builds the trie of distinct non-empty keys from the keys sorted by UTF-16 unit, level by level: the keys under a
 * node are a run of the sorted list, and its children split that run where the next unit changes, already in order
 * of label. A hash table of edges, then a renumbering pass that sorted each node's children, took 70 ms of the
 * 10,000-entry build in Node; this takes about 28. The sort is one native call, so one step: 10 ms at 10,000
 * entries, 60-80 ms at 50,000 (Node), in the background once per knowledge-base version.
 */
export function* trieSteps(keys: readonly string[]): Steps<Trie> {
  const sorted = [...keys].sort();
  yield;
  const indexOf = new Map<string, number>();
  for (let k = 0; k < keys.length; k++) indexOf.set(keys[k]!, k);
  const { joined, starts } = packStrings(sorted);
  yield;
  const capacity = joined.length + 1;
  const label = new Uint16Array(capacity);
  const first = new Int32Array(capacity + 1);
  const ends = new Uint8Array(capacity);
  const keyOrder = new Int32Array(keys.length);
  /** Per node, the run of sorted keys under it: `from[n]` up to `to[n]`. */
  const from = new Int32Array(capacity);
  const to = new Int32Array(capacity);
  to[ROOT] = sorted.length;
  let count = 1;
  let shallow = 0;
  let depth = 0;
  let levelEnd = 1;
  let keysSeen = 0;
  for (let n = 0; n < count; n++) {
    if (n % CHUNK === CHUNK - 1) yield;
    if (n === levelEnd) {
      depth++;
      levelEnd = count;
      if (depth > SHALLOW_DEPTH && shallow === 0) shallow = n;
    }
    let at = from[n]!;
    const end = to[n]!;
    if (at < end && starts[at + 1]! - starts[at]! === depth) {
      ends[n] = 1;
      keyOrder[keysSeen++] = indexOf.get(sorted[at++]!)!;
    }
    first[n] = count;
    while (at < end) {
      const unit = joined.charCodeAt(starts[at]! + depth);
      let next = at + 1;
      while (next < end && joined.charCodeAt(starts[next]! + depth) === unit) next++;
      label[count] = unit;
      from[count] = at;
      to[count] = next;
      count++;
      at = next;
    }
  }
  first[count] = count;
  return {
    label: label.slice(0, count),
    first: first.slice(0, count + 1),
    ends: ends.slice(0, count),
    keyOrder,
    count,
    shallow: shallow || count,
  };
}
