import { NONE } from './child-table';

/**
 * The key each trie node ends (./automaton.ts), kept only for the nodes that end one: a bit per node, the count of
 * set bits before each 32-node word, and the keys of the set nodes in node order, in two bytes each up to 65,536
 * keys (./index-kind.ts). Seven nodes in eight end no key at 10,000 entries, so this holds 67 KB where one
 * four-byte value a node took 529 KB.
 */
export interface SparseEmit {
  bits: Int32Array;
  rank: Int32Array;
  values: Uint16Array | Int32Array;
}

/** Packs one key a node (NONE for most) into its sparse form, the keys in arrays of `kind`. */
export function sparseEmitOf(emit: Int32Array, kind: typeof Uint16Array | typeof Int32Array): SparseEmit {
  const bits = new Int32Array(Math.ceil(emit.length / 32));
  const values: number[] = [];
  for (let node = 0; node < emit.length; node++) {
    if (emit[node] === NONE) continue;
    bits[node >>> 5]! |= 1 << (node & 31);
    values.push(emit[node]!);
  }
  return { bits, rank: rankOf(bits), values: kind.from(values) };
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
  return emit.values[emit.rank[node >>> 5]! + ones(word & (bit - 1))]!;
}

/** The number of set bits in a 32-bit word. */
function ones(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
