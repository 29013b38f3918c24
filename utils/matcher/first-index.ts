/**
 * Where each node's children start in a compact trie (./compact-trie.ts), in about a byte a node instead of four:
 * the first `split` nodes' offsets as they are (`dense`), then, from node `split` on, the offset of every 2^shift-th
 * node in `base` and each node's distance from its block's in `delta`. Node n's children are `firstAt(n)` up to
 * `firstAt(n + 1)`; there is one entry more than there are nodes. Four bytes a node took 2 MB of every page's memory
 * at 50,000 entries, and most nodes have one child or none. The trie's split is its shallow nodes (./trie.ts): the
 * few near the root with dozens of children each, which no block of 16 could hold in a byte a distance.
 */
export interface FirstIndex {
  /** Nodes whose offsets are in `dense`: those below it. */
  split: number;
  /** The offsets of nodes 0 … split, the one at `split` included, so a node below it reads both its ends here. */
  dense: Int32Array;
  /** Nodes per block, as a power of two: 0 (a block per node) when some distance would not fit in two bytes. */
  shift: number;
  base: Int32Array;
  /** One byte a node where every distance fits in one (`FORMS` below), else two; node n's is at n − split. */
  delta: Uint8Array | Uint16Array;
}

/**
 * Where node n's children start. The automaton's child lookup (./compact-trie.ts) does the same sum inline, as a
 * call costs there before V8 has optimised it.
 */
export function firstAt(index: FirstIndex, n: number): number {
  if (n < index.split) return index.dense[n]!;
  const deep = n - index.split;
  return index.base[deep >>> index.shift]! + index.delta[deep]!;
}

/**
 * The forms tried, smallest first: blocks of 64 nodes with a byte a distance (1.06 bytes a node), of 32, 16, 8 or 4,
 * then two bytes a distance in blocks of 16 (2.25) or of one, where every distance is 0. Below the trie's shallow
 * nodes, blocks of 64 stayed under 256 (175 at 10,000 entries, 252 at 50,000), where blocks of 8 over every node
 * took 1.5 bytes a node: 56 KB more in every page at 10,000 entries, 225 KB at 50,000.
 */
const FORMS = [
  [6, Uint8Array],
  [5, Uint8Array],
  [4, Uint8Array],
  [3, Uint8Array],
  [2, Uint8Array],
  [4, Uint16Array],
  [0, Uint16Array],
] as const;

/** The index with blocks of 2^shift nodes from `split`, or null when a distance in a block passes what `kind` holds. */
function indexed(
  count: number,
  childrenOf: (node: number) => number,
  split: number,
  [shift, kind]: (typeof FORMS)[number],
  from: number,
): FirstIndex | null {
  const [denseLength, baseLength, deltaLength] = indexLengths(count, split, shift);
  const dense = new Int32Array(denseLength);
  const base = new Int32Array(baseLength);
  const delta = new kind(deltaLength);
  const most = 256 ** kind.BYTES_PER_ELEMENT - 1;
  const mask = (1 << shift) - 1;
  let at = from;
  for (let n = 0; n <= count; n++) {
    if (n <= split) dense[n] = at;
    if (n >= split) {
      const deep = n - split;
      if ((deep & mask) === 0) base[deep >>> shift] = at;
      const distance = at - base[deep >>> shift]!;
      if (distance > most) return null;
      delta[deep] = distance;
    }
    if (n < count) at += childrenOf(n);
  }
  return { split, dense, shift, base, delta };
}

/**
 * The index of a breadth-first trie of `count` nodes from each node's child count: node 0's children start at
 * `from` (1 in a trie, whose root is node 0 and no node's child), each node's after its predecessor's; the first
 * `split` nodes kept whole, the rest in the first of `FORMS` that holds them. The last always does. The matcher
 * indexes each key's records the same way (./matcher-data.ts), from 0 and with no split.
 */
export function firstIndexOf(
  count: number,
  childrenOf: (node: number) => number,
  from = 1,
  split = 0,
): FirstIndex {
  const kept = Math.min(Math.max(split, 0), count);
  let index: FirstIndex | null = null;
  for (const form of FORMS) index ??= indexed(count, childrenOf, kept, form, from);
  return index as FirstIndex;
}

/** The lengths of an index's three arrays, for `count` nodes split at `split` in blocks of 2^shift. */
export function indexLengths(
  count: number,
  split: number,
  shift: number,
): [dense: number, base: number, delta: number] {
  return [split + 1, ((count - split) >>> shift) + 1, count - split + 1];
}

/**
 * Whether a form (nodes per block as a power of two, bytes a distance) is one of `FORMS`: a wire names the form its
 * indexes travel in, and a page reads only forms this code makes.
 */
export function knownForm(shift: number, width: number): boolean {
  return FORMS.some(([s, kind]) => s === shift && kind.BYTES_PER_ELEMENT === width);
}

/**
 * Whether the `count` offsets of `index` never go back, from its first to the last, which must be `total`. Its sum is
 * `firstAt`'s, inline: a page runs this once, before V8 has optimised anything, where a call per offset cost
 * 2.6 ms at 10,000 entries.
 */
export function climbsTo(index: FirstIndex, count: number, total: number): boolean {
  const { split, dense, shift, base, delta } = index;
  let last = dense[0]!;
  for (let n = 1; n <= count && n <= split; n++) {
    if (dense[n]! < last) return false;
    last = dense[n]!;
  }
  for (let deep = Math.max(1 - split, 0); deep <= count - split; deep++) {
    const at = base[deep >>> shift]! + delta[deep]!;
    if (at < last) return false;
    last = at;
  }
  return last === total;
}
