import type { FirstIndex } from './first-index';
import { NONE } from './trie';

/**
 * The child of `node` along the unit coded `code` (./node-labels.ts) in a trie numbered breadth first (./trie.ts),
 * or NONE: a binary search of its children's codes (most deep nodes have one or two), between the offsets the index
 * gives (./first-index.ts), summed here inline.
 */
export function compactChild(
  codes: Uint8Array | Uint16Array,
  first: FirstIndex,
): (node: number, code: number) => number {
  const { split, dense, shift, base, delta } = first;
  return (node, code) => {
    let lo: number;
    let hi: number;
    if (node < split) {
      lo = dense[node]!;
      hi = dense[node + 1]!;
    } else {
      const deep = node - split;
      lo = base[deep >>> shift]! + delta[deep]!;
      hi = base[(deep + 1) >>> shift]! + delta[deep + 1]!;
    }
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
