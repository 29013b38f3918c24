import { NONE } from './child-table';
import { compactChild } from './compact-trie';
import { type FirstIndex, firstAt } from './first-index';
import type { NodeLabels } from './node-labels';
import { rootChild } from './root-table';
import type { Steps } from './steps';
import { ROOT } from './trie';

/** Parents whose children are linked between two yields of `failLinksSteps`. */
const PARENTS_CHUNK = 32_768;

/** Nodes a three-byte link can name: 2^24. */
export const MAX_LINKED_NODES = 0x1000000;

/**
 * Each automaton node's failure link (./automaton.ts) in three bytes instead of four: the low two bytes in `low`,
 * the third in `high`. Links name nodes of any depth, so two bytes would not do (a third of the links pass 65,535 at
 * 50,000 entries), but 2^24 nodes would take a knowledge base of well over a million entries. A byte less a node is
 * 132 KB less in every page at 10,000 entries and 524 KB at 50,000, for one more read on each failure step.
 */
export interface FailLinks {
  low: Uint16Array;
  high: Uint8Array;
}

/** Splits four-byte links into their three-byte form; refuses a trie too large for it. */
export function failLinksOf(fail: Int32Array): FailLinks {
  if (fail.length > MAX_LINKED_NODES)
    throw new Error(`The matcher has ${fail.length} trie nodes, more than ${MAX_LINKED_NODES} it can link`);
  const low = new Uint16Array(fail.length);
  const high = new Uint8Array(fail.length);
  for (let node = 0; node < fail.length; node++) {
    low[node] = fail[node]! & 0xffff;
    high[node] = fail[node]! >>> 16;
  }
  return { low, high };
}

/**
 * The failure link of `node`. The scan's inner loop (./automaton.ts) reads the two arrays itself, the same way, as
 * a call costs there before V8 has optimised it.
 */
export function failAt(links: FailLinks, node: number): number {
  return links.low[node]! | (links.high[node]! << 16);
}

/**
 * The failure links of a compact trie (./compact-trie.ts), rebuilt in a page from its labels and child index when the
 * wire leaves them out (./matcher-wire.ts): random node ids deflate badly, and they were a third of the deflated
 * wire (680 of 1,890 KB at 50,000 entries), for a pass of about 15 ms in Node. Nodes are numbered breadth first,
 * so a node's parent, and every node its parent's links lead to, come before it; child counts that would number a
 * child before its parent are refused, so no link can lead forwards and no chain of links can loop. Yields every
 * `PARENTS_CHUNK` parents: at 50,000 entries the pass takes about 15 ms of a page's unpacking.
 */
export function* failLinksSteps(
  labels: NodeLabels,
  first: FirstIndex,
  rootTable: Int32Array,
  count: number,
): Steps<FailLinks> {
  const { codes, units } = labels;
  const child = compactChild(codes, first);
  const low = new Uint16Array(count);
  const high = new Uint8Array(count);
  for (let parent = 0; parent < count; parent++) {
    if (parent % PARENTS_CHUNK === PARENTS_CHUNK - 1) yield;
    const from = firstAt(first, parent);
    const to = firstAt(first, parent + 1);
    if (from <= parent && from < to)
      throw new Error(`Matcher child counts that number node ${from} before its parent ${parent}`);
    if (parent === ROOT) continue;
    const parentLink = low[parent]! | (high[parent]! << 16);
    for (let node = from; node < to; node++) {
      const code = codes[node]!;
      const unit = units[code]!;
      let link = parentLink;
      let next = link === ROOT ? rootChild(rootTable, unit) : child(link, code);
      while (next === NONE) {
        link = low[link]! | (high[link]! << 16);
        next = link === ROOT ? rootChild(rootTable, unit) : child(link, code);
      }
      low[node] = next & 0xffff;
      high[node] = next >>> 16;
    }
  }
  return { low, high };
}
