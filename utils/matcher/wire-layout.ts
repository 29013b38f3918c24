import { indexLengths } from './first-index';
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
  /** The form of the trie's child offsets (./first-index.ts): nodes per block as a power of two, bytes a distance. */
  firstShift: number;
  firstWidth: number;
  /** The form of where each key's records start. */
  keyShift: number;
  keyWidth: number;
}

/**
 * Arrays a deflated wire carries as the difference of each value from the one before, in their own width (wrapping,
 * so any values come back exact): their values mostly climb in small steps (entries are numbered as their records are
 * first met), which deflate shrinks far better than the values themselves. At 50,000 entries the whole wire deflated
 * to 1,034 KB with them as values, 683 KB as differences. A raw wire carries the values, so its page sums nothing.
 */
export const DELTA_CODED: readonly string[] = ['recordEntry', 'caseRecords', 'caseStarts'];

/** The array type of an index's distances, `width` bytes each. */
const distanceKind = (width: number) => (width === 1 ? Uint8Array : Uint16Array);

/** One array of a wire: its name in the matcher's data, its type and its length. */
type Section = [
  name: string,
  kind: typeof Int32Array | typeof Uint16Array | typeof Uint8Array,
  length: number,
];

/**
 * The arrays in the order they are laid out, each from a multiple of four bytes. The two indexes (./first-index.ts)
 * travel as built, so a page views them where they lie rather than building them: at 10,000 entries, building them
 * from counts took a fresh Chromium page 8 to 10 ms.
 */
export function sections(layout: WireLayout): Section[] {
  const { nodes, shallow, roots, keys, lengths, records, entries, units, spellings } = layout;
  const [firstDense, firstBase, firstDelta] = indexLengths(nodes, shallow, layout.firstShift);
  const [, keyBase, keyDelta] = indexLengths(keys, 0, layout.keyShift);
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
    ['firstDense', Int32Array, firstDense],
    ['firstBase', Int32Array, firstBase],
    ['firstDelta', distanceKind(layout.firstWidth), firstDelta],
    ['keyBase', Int32Array, keyBase],
    ['keyDelta', distanceKind(layout.keyWidth), keyDelta],
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
