import { ChildTable, NONE } from './child-table';
import type { Steps } from './steps';

/** The root node's id. */
export const ROOT = 0;
/** Nodes this shallow get ids before all deeper ones, so the automaton can give them dense rows. */
const SHALLOW_DEPTH = 2;
/** Keys inserted between two yields: a millisecond of work once optimised, and still a few before V8 has. */
const CHUNK = 512;

/** A trie of keys over UTF-16 units, in typed arrays indexed by node id. */
export interface Trie {
  label: Uint16Array;
  parent: Int32Array;
  /** Per node, the index of the key ending there, or NONE. */
  out: Int32Array;
  /** The root's children, by unit: dense, as most steps of a scan start there (0 = none). */
  rootTable: Int32Array;
  /** Every other edge. */
  edges: ChildTable;
  count: number;
  /** Nodes 0 … shallow − 1 are exactly those of depth up to SHALLOW_DEPTH, in order of depth. */
  shallow: number;
}

/**
 * Builds the trie of distinct non-empty keys, yielding every few hundred keys. The first SHALLOW_DEPTH levels are
 * inserted level by level before the rest, so shallow nodes have the lowest ids, in order of depth.
 */
export function* trieSteps(keys: readonly string[]): Steps<Trie> {
  let capacity = 1;
  for (const key of keys) capacity += key.length;
  const label = new Uint16Array(capacity);
  const parent = new Int32Array(capacity);
  const out = new Int32Array(capacity).fill(NONE);
  const rootTable = new Int32Array(65536);
  yield;
  const edges = new ChildTable(label, parent);
  yield;
  const trie: Trie = { label, parent, out, rootTable, edges, count: 1, shallow: 1 };
  for (let level = 1; level <= SHALLOW_DEPTH; level++) {
    for (let k = 0; k < keys.length; k++) {
      if (k % (CHUNK * 4) === CHUNK * 4 - 1) yield;
      insert(trie, keys[k]!, Math.min(level, keys[k]!.length));
    }
  }
  trie.shallow = trie.count;
  for (let k = 0; k < keys.length; k++) {
    if (k % CHUNK === CHUNK - 1) yield;
    out[insert(trie, keys[k]!, keys[k]!.length)] = k;
  }
  return trie;
}

/** Walks the key's first `length` units from the root, adding missing nodes; returns the last node. */
function insert(trie: Trie, key: string, length: number): number {
  const { label, parent, rootTable, edges } = trie;
  let node = ROOT;
  for (let i = 0; i < length; i++) {
    const unit = key.charCodeAt(i);
    let next = node === ROOT ? rootTable[unit]! || NONE : edges.get(node, unit);
    if (next === NONE) {
      next = trie.count++;
      label[next] = unit;
      parent[next] = node;
      if (node === ROOT) rootTable[unit] = next;
      else edges.add(next);
    }
    node = next;
  }
  return node;
}
