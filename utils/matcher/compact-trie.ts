import { NONE } from './child-table';
import type { FirstIndex } from './first-index';
import type { Steps } from './steps';
import { ROOT } from './trie';

/** Nodes renumbered between two yields. */
const CHUNK = 8192;

/** A trie renumbered breadth first: a node's children are consecutive, in order of label. */
export interface CompactTrie {
  /** Per new id, its old id. */
  oldOf: Int32Array;
  /** Per old id, its new id. */
  newOf: Int32Array;
  /** Per new id, its unit. */
  label: Uint16Array;
  /** Node n's children are `first[n]` up to `first[n + 1]`; one entry more than there are nodes. */
  first: Int32Array;
}

/**
 * Renumbers a built trie breadth first, so each node's children sit side by side in order of label and one array
 * (`first`) replaces the parent links, the child hash table and its filter: about half the bytes per node that the
 * background sends each page and the page keeps. Depth order is kept, so the shallow nodes stay the lowest ids.
 */
export function* compactTrieSteps(label: Uint16Array, parent: Int32Array, count: number): Steps<CompactTrie> {
  const childStart = new Int32Array(count + 1);
  for (let n = 1; n < count; n++) childStart[parent[n]! + 1]!++;
  for (let n = 0; n < count; n++) childStart[n + 1]! += childStart[n]!;
  const children = new Int32Array(Math.max(0, count - 1));
  const fill = childStart.slice(0, count);
  for (let n = 1; n < count; n++) children[fill[parent[n]!]!++] = n;
  yield;
  const oldOf = new Int32Array(count);
  const newOf = new Int32Array(count);
  const first = new Int32Array(count + 1);
  const compactLabel = new Uint16Array(count);
  let next = 1;
  for (let n = 0; n < count; n++) {
    if (n % CHUNK === CHUNK - 1) yield;
    const old = oldOf[n]!;
    first[n] = next;
    const block = children.subarray(childStart[old]!, childStart[old + 1]!);
    block.sort((a, b) => label[a]! - label[b]!);
    for (const child of block) {
      oldOf[next] = child;
      newOf[child] = next;
      compactLabel[next] = label[child]!;
      next++;
    }
  }
  first[count] = count;
  newOf[ROOT] = ROOT;
  return { oldOf, newOf, label: compactLabel, first };
}

/**
 * The child of `node` along the unit coded `code` (./node-labels.ts) in a compact trie, or NONE: a binary search of
 * its children's codes (most deep nodes have one or two), between the offsets the index gives (./first-index.ts),
 * summed here inline.
 */
export function compactChild(
  codes: Uint8Array | Uint16Array,
  first: FirstIndex,
): (node: number, code: number) => number {
  const { shift, base, delta } = first;
  return (node, code) => {
    let lo = base[node >>> shift]! + delta[node]!;
    let hi = base[(node + 1) >>> shift]! + delta[node + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = codes[mid]!;
      if (at < code) lo = mid + 1;
      else if (at > code) hi = mid;
      else return mid;
    }
    return NONE;
  };
}
