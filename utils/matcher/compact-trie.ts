import type { FirstIndex } from './first-index';
import { NONE } from './trie';

/** The child of `node` along the unit coded `code` (./node-labels.ts), or NONE. */
type ChildOf = (node: number, code: number) => number;

/**
 * The child lookups of a trie numbered breadth first (./trie.ts): a binary search of a node's children's codes (most
 * deep nodes have one or two), between the offsets the index gives (./first-index.ts). `near` takes the nodes below
 * the index's split, which keeps their offsets whole, and `deep` the rest. The scan already tells its shallow nodes from
 * the deep ones (the trie's split is its shallow nodes), so neither lookup asks again. `deep`, the scan's most
 * frequent call, sums and searches inline: calling `childAmong` from it made a page's first scan 4–8 % slower in
 * Chromium (bench-compare, 24 pages, twice), as a call costs there before V8 has optimised it.
 */
export function compactChildren(
  codes: Uint8Array | Uint16Array,
  first: FirstIndex,
): { near: ChildOf; deep: ChildOf } {
  const { split, dense, shift, base, delta } = first;
  return {
    near: (node, code) => childAmong(codes, dense[node]!, dense[node + 1]!, code),
    deep: (node, code) => {
      const at = node - split;
      let lo = base[at >>> shift]! + delta[at]!;
      let hi = base[(at + 1) >>> shift]! + delta[at + 1]!;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const found = codes[mid]!;
        if (found < code) lo = mid + 1;
        else if (found > code) hi = mid;
        else return mid;
      }
      return NONE;
    },
  };
}

/** The child coded `code` among those at `lo` up to `hi`, sorted by code, or NONE. */
function childAmong(codes: Uint8Array | Uint16Array, lo: number, hi: number, code: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = codes[mid]!;
    if (at < code) lo = mid + 1;
    else if (at > code) hi = mid;
    else return mid;
  }
  return NONE;
}
