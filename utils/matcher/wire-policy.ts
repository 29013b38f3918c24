import { DEFLATE_FROM } from './wire-deflate';

/** How a compiled matcher is packed for pages (./matcher-wire.ts `toWire`). */
export interface Packing {
  /** Whether the failure links travel, or each page rebuilds them. */
  links: boolean;
  /** Raw bytes from this size up travel deflated, and each page inflates them. */
  deflateFrom: number;
}

/** The largest matcher, in trie nodes, whose failure links travel to Chromium's pages. */
export const LINKED_NODES_MAX = 4_096;

/** Raw bytes from this size up travel deflated to Firefox's pages. */
export const FIREFOX_DEFLATE_FROM = 3 * 1024 * 1024;

/**
 * How to pack a matcher of `nodes` trie nodes for one browser's pages: what a page is spared rebuilding or inflating
 * against what messaging charges for the extra bytes, measured on the demo page's first highlight (BENCHMARKS.md).
 * - Chromium's extension messaging carried about 20 MB a second here, even as structured clones. So the bytes are
 *   deflated from 64 KB up, and the links stay out: random node ids deflate badly (680 of the 1,890 KB deflated at
 *   50,000 entries), and rebuilding them brought the first highlight at 50,000 entries from 305 to 270 ms.
 * - Up to `LINKED_NODES_MAX` nodes the links travel to Chromium too: three bytes a node, at most 12 KB, on a wire
 *   still too small to deflate. A page rebuilds them in code it has not yet optimised; with the starter pack (2,330
 *   nodes) that was most of the unpacking, 11.3 against 6.8 ms a load. Larger bases were not measured.
 * - Firefox's messaging is faster, and its pages inflate slowly (DecompressionStream, 50-85 ms for the 2.0 MB of
 *   10,000 entries): it always gets the links (their rebuild took 10-16 ms at 10,000 entries), and raw bytes below
 *   `FIREFOX_DEFLATE_FROM`. At 10,000 entries (2.0 MB) that brought the first highlight from 98-104 to 71-75 ms; at
 *   50,000 (6.1 MB) raw bytes arrived about 120 ms later and cost more than the inflate saved. 3 MB lies between the
 *   two; nothing between them was measured.
 */
export function packingFor(nodes: number, firefox: boolean): Packing {
  if (firefox) return { links: true, deflateFrom: FIREFOX_DEFLATE_FROM };
  return { links: nodes <= LINKED_NODES_MAX, deflateFrom: DEFLATE_FROM };
}
