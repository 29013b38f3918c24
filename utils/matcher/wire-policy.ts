import { DEFLATE_FROM } from './wire-deflate';

/** Raw bytes from this size up travel deflated to Firefox's pages. */
export const FIREFOX_DEFLATE_FROM = 2.5 * 1024 * 1024;

/**
 * From what size a matcher's bytes travel deflated to one browser's pages (./matcher-wire.ts `toWire`): what a page
 * is spared inflating against what messaging charges for the extra bytes, measured on the demo page's first
 * highlight (BENCHMARKS.md).
 * - Chromium's extension messaging carried about 20 MB a second here, even as structured clones, so the bytes are
 *   deflated from 64 KB up.
 * - Firefox's messaging is faster, and its pages inflate slowly (DecompressionStream, 50-85 ms for the 2.0 MB wire
 *   that 10,000 entries had when this was measured): it gets raw bytes below `FIREFOX_DEFLATE_FROM`. At 10,000
 *   entries that brought the first highlight from 98-104 to 71-75 ms; at 50,000 (6.1 MB then) raw bytes arrived
 *   about 120 ms later and cost more than the inflate saved. The wires were then 0.7 MB at 10,000 entries and
 *   2.9 MB at 50,000; at that size, the first highlight on the demo page took a median of 208 ms raw (61-294 ms over
 *   7 loads) and 191 ms deflated (144-212), so the bytes are deflated from 2.5 MB, still between the sizes measured.
 *   Without the entries' ids, 50,000 entries make 2.4 MB, which travel raw (76 ms to the first highlight in the run
 *   at f2627e5).
 */
export function deflateFromFor(firefox: boolean): number {
  return firefox ? FIREFOX_DEFLATE_FROM : DEFLATE_FROM;
}
