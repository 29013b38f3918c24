import { ROOT } from './trie';

/** Units per block, and per high byte. */
const BLOCK = 256;
/** Where the block of ROOTs that every unused high byte points to starts. */
const EMPTY_BLOCK = BLOCK;

/**
 * The root's child on every UTF-16 unit, in two levels: the first 256 slots give, by high byte, where that high
 * byte's block of 256 children starts; every high byte no root child uses shares one block of ROOT. A flat table
 * of 65,536 slots took 256 KB in every page to hold a few dozen children (47 at 10,000 entries); this one takes a
 * few KB, for a second array read on the units a dense row does not cover. Look up with `rootChild`.
 */
export function rootTableOf(children: Iterable<readonly [unit: number, node: number]>): Int32Array {
  const pairs = [...children].filter(([, node]) => node !== ROOT);
  const highs = [...new Set(pairs.map(([unit]) => unit >>> 8))];
  const table = new Int32Array(BLOCK * (2 + highs.length)).fill(EMPTY_BLOCK, 0, BLOCK);
  for (const [i, high] of highs.entries()) table[high] = EMPTY_BLOCK + BLOCK * (i + 1);
  for (const [unit, node] of pairs) table[table[unit >>> 8]! + (unit & 0xff)] = node;
  return table;
}

/**
 * The root's child on `unit`, else ROOT. The scan's inner loop (./automaton.ts) reads the two slots itself, the
 * same way, as a call costs there before V8 has optimised it.
 */
export function rootChild(table: Int32Array, unit: number): number {
  return table[table[unit >>> 8]! + (unit & 0xff)]!;
}

/** Every unit the root has a child on, with that child, in unit order: what the wire carries of the table. */
export function rootPairs(table: Int32Array): [unit: number, node: number][] {
  const pairs: [number, number][] = [];
  for (let high = 0; high < BLOCK; high++) {
    const block = table[high]!;
    if (block === EMPTY_BLOCK) continue;
    for (let low = 0; low < BLOCK; low++) {
      const node = table[block + low]!;
      if (node !== ROOT) pairs.push([(high << 8) | low, node]);
    }
  }
  return pairs;
}
