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
