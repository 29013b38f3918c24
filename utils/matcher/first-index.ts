/** Nodes per block of `base`, as a power of two. */
const SHIFT = 4;

/**
 * Where each node's children start in a compact trie (./compact-trie.ts), in a little over two bytes a node
 * instead of four: the offset of every 16th node in `base`, and each node's two-byte distance from its block's in
 * `delta`. Node n's children are `firstAt(n)` up to `firstAt(n + 1)`; there is one entry more than there are nodes.
 * Four bytes a node took 2 MB of every page's memory at 50,000 entries, and most nodes have one child or none.
 */
export interface FirstIndex {
  /** Nodes per block, as a power of two: 0 (a block per node) when some distance would not fit in two bytes. */
  shift: number;
  base: Int32Array;
  delta: Uint16Array;
}

/**
 * Where node n's children start. The automaton's child lookup (./compact-trie.ts) does the same sum inline, as a
 * call costs there before V8 has optimised it.
 */
export function firstAt(index: FirstIndex, n: number): number {
  return index.base[n >>> index.shift]! + index.delta[n]!;
}

/** The index with blocks of 2^shift nodes, or null when a distance in a block passes two bytes. */
function indexed(
  count: number,
  childrenOf: (node: number) => number,
  shift: number,
  from: number,
): FirstIndex | null {
  const base = new Int32Array((count >>> shift) + 1);
  const delta = new Uint16Array(count + 1);
  const mask = (1 << shift) - 1;
  let at = from;
  for (let n = 0; n <= count; n++) {
    if ((n & mask) === 0) base[n >>> shift] = at;
    const distance = at - base[n >>> shift]!;
    if (distance > 0xffff) return null;
    delta[n] = distance;
    if (n < count) at += childrenOf(n);
  }
  return { shift, base, delta };
}

/**
 * The index of a breadth-first trie of `count` nodes from each node's child count: node 0's children start at
 * `from` (1 in a trie, whose root is node 0 and no node's child), each node's after its predecessor's. Blocks of 16 nodes; blocks of one,
 * where every distance is 0, in the rare trie where 16 nodes together have over 65,535 children. The matcher indexes
 * each key's records the same way (./matcher-data.ts), from 0.
 */
export function firstIndexOf(count: number, childrenOf: (node: number) => number, from = 1): FirstIndex {
  return indexed(count, childrenOf, SHIFT, from) ?? (indexed(count, childrenOf, 0, from) as FirstIndex);
}
