/**
 * Where each node's children start in a compact trie (./compact-trie.ts), in one to two bytes a node instead of
 * four: the offset of every 2^shift-th node in `base`, and each node's distance from its block's in `delta`. Node
 * n's children are `firstAt(n)` up to `firstAt(n + 1)`; there is one entry more than there are nodes. Four bytes a
 * node took 2 MB of every page's memory at 50,000 entries, and most nodes have one child or none.
 */
export interface FirstIndex {
  /** Nodes per block, as a power of two: 0 (a block per node) when some distance would not fit in two bytes. */
  shift: number;
  base: Int32Array;
  /** One byte a node where every distance fits in one (`FORMS` below), else two. */
  delta: Uint8Array | Uint16Array;
}

/**
 * Where node n's children start. The automaton's child lookup (./compact-trie.ts) does the same sum inline, as a
 * call costs there before V8 has optimised it.
 */
export function firstAt(index: FirstIndex, n: number): number {
  return index.base[n >>> index.shift]! + index.delta[n]!;
}

/**
 * The forms tried, smallest first: blocks of 16 nodes with a byte a distance (1.25 bytes a node), of 8 (1.5), of 4
 * (2), then two bytes a distance in blocks of 16 (2.25) or of one, where every distance is 0. Near the root, where
 * nodes have dozens of children, 16 nodes passed 255 (288 at 10,000 entries); 8 stayed under 160 at 10,000 and
 * 50,000 entries, 97 KB less than two bytes in every page at 10,000.
 */
const FORMS = [
  [4, Uint8Array],
  [3, Uint8Array],
  [2, Uint8Array],
  [4, Uint16Array],
  [0, Uint16Array],
] as const;

/** The index with blocks of 2^shift nodes, or null when a distance in a block passes what `kind` holds. */
function indexed(
  count: number,
  childrenOf: (node: number) => number,
  [shift, kind]: (typeof FORMS)[number],
  from: number,
): FirstIndex | null {
  const base = new Int32Array((count >>> shift) + 1);
  const delta = new kind(count + 1);
  const most = 256 ** kind.BYTES_PER_ELEMENT - 1;
  const mask = (1 << shift) - 1;
  let at = from;
  for (let n = 0; n <= count; n++) {
    if ((n & mask) === 0) base[n >>> shift] = at;
    const distance = at - base[n >>> shift]!;
    if (distance > most) return null;
    delta[n] = distance;
    if (n < count) at += childrenOf(n);
  }
  return { shift, base, delta };
}

/**
 * The index of a breadth-first trie of `count` nodes from each node's child count: node 0's children start at
 * `from` (1 in a trie, whose root is node 0 and no node's child), each node's after its predecessor's; in the first
 * of `FORMS` that holds it. The last always does. The matcher indexes each key's records the same way
 * (./matcher-data.ts), from 0.
 */
export function firstIndexOf(count: number, childrenOf: (node: number) => number, from = 1): FirstIndex {
  let index: FirstIndex | null = null;
  for (const form of FORMS) index ??= indexed(count, childrenOf, form, from);
  return index as FirstIndex;
}
