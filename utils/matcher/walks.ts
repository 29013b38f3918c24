/**
 * The trie walks alive at the end of a scanned piece of text (./automaton.ts): the nodes reached from each place a
 * key may have started, earliest start first. A page's text comes in pieces (its text nodes); the next piece goes
 * on from these, so a name split across two (`<b>Keir</b> Starmer`) is found.
 */
export interface Walks {
  nodes: Int32Array;
  count: number;
}

/** No walk alive: where a text starts. */
export function noWalks(): Walks {
  return { nodes: new Int32Array(8), count: 0 };
}
