import { NONE } from './trie';

/**
 * The key each trie node ends (./automaton.ts): a bit per node, set where one ends, and the count of set bits
 * before each 32-node word. The keys are numbered in the order of the nodes they end at, so a node's key is its
 * rank among the set nodes and no key is stored: 32 KB at 10,000 entries, where the keys in node order took 66 KB and
 * one four-byte value a node 529 KB.
 */
export interface SparseEmit {
  bits: Int32Array;
  rank: Int32Array;
}

/** The sparse form of `count` nodes, with bits set where `ends` says a key ends. */
export function sparseEmitOf(count: number, ends: (node: number) => boolean): SparseEmit {
  const bits = new Int32Array(Math.ceil(count / 32));
  for (let node = 0; node < count; node++) if (ends(node)) bits[node >>> 5]! |= 1 << (node & 31);
  return { bits, rank: rankOf(bits) };
}

/** The count of set bits before each word, and the total after the last: rebuilt in a page rather than sent. */
export function rankOf(bits: Int32Array): Int32Array {
  const rank = new Int32Array(bits.length + 1);
  for (let word = 0; word < bits.length; word++) rank[word + 1] = rank[word]! + ones(bits[word]!);
  return rank;
}

/** The key `node` ends, else NONE. The scan tests the bit inline first, and calls this for set nodes only. */
export function emitAt(emit: SparseEmit, node: number): number {
  const word = emit.bits[node >>> 5]!;
  const bit = 1 << (node & 31);
  if ((word & bit) === 0) return NONE;
  return emit.rank[node >>> 5]! + ones(word & (bit - 1));
}

/** The number of set bits in a 32-bit word. */
function ones(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
