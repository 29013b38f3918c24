/** A record's flag: its hits shield shorter aliases but are never shown. */
export const EXCLUDE = 1;
/** A record's flag: its hits wait for the gate's confirmation. */
export const NEEDS_CONTEXT = 2;

/**
 * Each record's two flags, four records a byte, where a byte a record (with the family beside them) took 30 KB in
 * every page at 10,000 entries and 150 KB at 50,000. A record's family is its entry's, so it is kept a bit an
 * entry instead (`entryBits`).
 */
export function packRecordFlags(flags: ArrayLike<number>): Uint8Array {
  const packed = new Uint8Array(Math.ceil(flags.length / 4));
  for (let r = 0; r < flags.length; r++) packed[r >>> 2]! |= (flags[r]! & 3) << ((r & 3) << 1);
  return packed;
}

/** Record r's flags: EXCLUDE, NEEDS_CONTEXT. */
export function recordFlags(packed: Uint8Array, r: number): number {
  return (packed[r >>> 2]! >>> ((r & 3) << 1)) & 3;
}

/** A bit an entry, set where `isSet` says: which entries are proposals, which are generic. */
export function entryBits(count: number, isSet: (entry: number) => boolean): Uint8Array {
  const bits = new Uint8Array(Math.ceil(count / 8));
  for (let e = 0; e < count; e++) if (isSet(e)) bits[e >>> 3]! |= 1 << (e & 7);
  return bits;
}

/** Whether entry e's bit is set. */
export function hasEntryBit(bits: Uint8Array, e: number): boolean {
  return ((bits[e >>> 3]! >>> (e & 7)) & 1) === 1;
}
