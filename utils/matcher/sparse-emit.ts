import { NONE } from './child-table';

/**
 * What each automaton node emits (./automaton.ts), kept only for the nodes that emit something: a bit per node,
 * the count of set bits before each 32-node word, and the values of the set nodes in node order. Three nodes in four
 * emit nothing at 10,000 entries (two in three at 50,000), so this holds 158 KB where one value a node took 529 KB.
 */
export interface SparseEmit {
  bits: Int32Array;
  rank: Int32Array;
  values: Int32Array;
}

/** Packs one value a node (NONE for most) into its sparse form. */
export function sparseEmitOf(emit: Int32Array): SparseEmit {
  const bits = new Int32Array(Math.ceil(emit.length / 32));
  const values: number[] = [];
  for (let node = 0; node < emit.length; node++) {
    if (emit[node] === NONE) continue;
    bits[node >>> 5]! |= 1 << (node & 31);
    values.push(emit[node]!);
  }
  return { bits, rank: rankOf(bits), values: Int32Array.from(values) };
}

/** The count of set bits before each word, and the total after the last: rebuilt in a page rather than sent. */
export function rankOf(bits: Int32Array): Int32Array {
  const rank = new Int32Array(bits.length + 1);
  for (let word = 0; word < bits.length; word++) rank[word + 1] = rank[word]! + ones(bits[word]!);
  return rank;
}

/** What `node` emits, else NONE. The scan tests the bit inline first, and calls this for set nodes and chains. */
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
