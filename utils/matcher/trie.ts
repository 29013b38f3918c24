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

/** The trie as it grows, between two chunks of nodes split into their children (`splitNodes`). */
interface Growing {
  sorted: string[];
  indexOf: Map<string, number>;
  joined: string;
  starts: Int32Array;
  label: Uint16Array;
  first: Int32Array;
  ends: Uint8Array;
  keyOrder: Int32Array;
  /** Per node, the run of sorted keys under it: `from[n]` up to `to[n]`. */
  from: Int32Array;
  to: Int32Array;
  count: number;
  shallow: number;
  depth: number;
  levelEnd: number;
  keysSeen: number;
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
  const trie: Growing = {
    sorted,
    indexOf,
    joined,
    starts,
    label: new Uint16Array(capacity),
    first: new Int32Array(capacity + 1),
    ends: new Uint8Array(capacity),
    keyOrder: new Int32Array(keys.length),
    from: new Int32Array(capacity),
    to: new Int32Array(capacity),
    count: 1,
    shallow: 0,
    depth: 0,
    levelEnd: 1,
    keysSeen: 0,
  };
  trie.to[ROOT] = sorted.length;
  for (let n = 0; n < trie.count; n += CHUNK) {
    if (n > 0) yield;
    splitNodes(trie, n, n + CHUNK);
  }
  const { label, first, ends, keyOrder, count, shallow } = trie;
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

/**
 * Splits nodes `start` up to `stop` (those made so far) into their children, numbering them after the last node. It
 * is a plain function the build calls chunk after chunk because V8 optimises it after a few calls, where Chromium
 * leaves a loop inside a generator unoptimised (a generator is entered once per build). In a fresh Chromium page the
 * 10,000-entry build's longest chunk fell from 28 to 19 ms; its total did not move beyond the noise.
 */
function splitNodes(trie: Growing, start: number, stop: number): void {
  const { sorted, indexOf, joined, starts, label, first, ends, keyOrder, from, to } = trie;
  let { count, shallow, depth, levelEnd, keysSeen } = trie;
  for (let n = start; n < stop && n < count; n++) {
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
  Object.assign(trie, { count, shallow, depth, levelEnd, keysSeen });
}
