import { indexKind } from './index-kind';
import { codeKind } from './node-labels';

/** The counts that fix where each array lies in a wire's bytes. */
export interface WireLayout {
  nodes: number;
  shallow: number;
  roots: number;
  /** Keys, one ending at each node whose emit bit is set (./sparse-emit.ts). */
  keys: number;
  /** The longest key's length + 2: the starts of the keys' lengths (./key-lengths.ts). */
  lengths: number;
  /** Records as listed under the keys (./matcher-data.ts). */
  records: number;
  /** Entries: what `recordEntry` indexes, which fixes its width. */
  entries: number;
  /** Distinct units of the node labels (./node-labels.ts), which fix the width of their codes. */
  units: number;
  /** Spellings of the case keys (./case-keys.ts). */
  spellings: number;
}

/**
 * Arrays carried as the difference of each value from the one before, in their own width (wrapping, so any values
 * come back exact): their values mostly climb in small steps (entries are numbered as their records are first met),
 * which deflate shrinks far better than the values themselves. At 50,000 entries the whole wire deflates to 1,034 KB
 * with them as values, 683 KB as differences.
 */
export const DELTA_CODED: ReadonlySet<string> = new Set([
  'recordEntry',
  'caseRecords',
  'caseStarts',
  'byKeyStart',
]);

/** One array of a wire: its name in the matcher's data, its type and its length. */
type Section = [
  name: string,
  kind: typeof Int32Array | typeof Uint16Array | typeof Uint8Array,
  length: number,
];

/**
 * The arrays in the order they are laid out, each from a multiple of four bytes, with the two a page reads once last:
 * where each key's records start and the child counts, which it turns into indexes (./first-index.ts). It keeps the
 * bytes before them only.
 */
export function sections(layout: WireLayout): Section[] {
  const { nodes, roots, keys, lengths, records, entries, units, spellings } = layout;
  return [
    ['emitBits', Int32Array, Math.ceil(nodes / 32)],
    ['roots', Int32Array, roots * 2],
    ['recordEntry', indexKind(entries), records],
    ['labelUnits', Uint16Array, units],
    ['labelCodes', codeKind(units), nodes],
    ['lengthStarts', Int32Array, lengths],
    ['flags', Uint8Array, Math.ceil(records / 4)],
    ['proposals', Uint8Array, Math.ceil(entries / 8)],
    ['generic', Uint8Array, Math.ceil(entries / 8)],
    ['caseRecords', Int32Array, spellings],
    ['caseStarts', Int32Array, spellings + 1],
    ['byKeyStart', Int32Array, keys + 1],
    ['children', Uint16Array, nodes],
  ];
}

/** Byte offsets of each section, and the total: where a wire's bytes are written and read. */
export function offsets(layout: WireLayout): { at: number[]; total: number } {
  const at: number[] = [];
  let total = 0;
  for (const [, kind, length] of sections(layout)) {
    at.push(total);
    total += Math.ceil((length * kind.BYTES_PER_ELEMENT) / 4) * 4;
  }
  return { at, total };
}
