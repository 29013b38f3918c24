import { keyCountOf } from './key-lengths';
import type { MatcherData } from './matcher-data';
import { rootPairs } from './root-table';
import { DEFLATE_FROM, deflate } from './wire-deflate';
import { toDeltas } from './wire-derived';
import { DELTA_CODED, offsets, sections, type WireLayout } from './wire-layout';

/**
 * A compiled matcher as it travels from the background to a page, which unpacks it (./wire-unpack.ts): every array in
 * one byte array (both browsers clone messages as structures, Chrome from 148 with the manifest's
 * `message_serialization`; a page views the bytes in place), and the strings beside it. Only the largest bases' bytes
 * are deflated (./wire-deflate.ts). What a page can rebuild in a pass is left out: the shallow rows, the ranks of the
 * emit bits (./sparse-emit.ts) and the root table from its pairs (./root-table.ts). The child offsets and the key
 * records' offsets travel as built (./wire-layout.ts).
 */
export interface MatcherWire {
  layout: WireLayout;
  bytes: Uint8Array<ArrayBuffer>;
  /** The bytes are deflated (./wire-deflate.ts): only the largest knowledge bases'. */
  deflated: boolean;
  /** The case keys' spellings, joined (./case-keys.ts): where each starts, and its record, are in the bytes. */
  caseKeys: string;
  size: number;
}

/**
 * Packs a compiled matcher for a page, its entries' ids left out (`MatcherBuild`): done once per knowledge-base
 * version, in the background. Bytes of `deflateFrom` or more are deflated (./wire-deflate.ts says why from
 * `DEFLATE_FROM`).
 */
export async function toWire(data: MatcherData, deflateFrom = DEFLATE_FROM): Promise<MatcherWire> {
  const { automaton: a } = data;
  const roots = rootPairs(a.rootTable).flat();
  const layout: WireLayout = {
    nodes: a.count,
    shallow: a.shallow,
    roots: roots.length / 2,
    keys: keyCountOf(data.lengthStarts),
    lengths: data.lengthStarts.length,
    records: data.recordEntry.length,
    entries: data.entries,
    units: a.labels.units.length,
    spellings: data.caseKeys.records.length,
    firstShift: a.first.shift,
    firstWidth: a.first.delta.BYTES_PER_ELEMENT,
    keyShift: data.keyRecords.shift,
    keyWidth: data.keyRecords.delta.BYTES_PER_ELEMENT,
  };
  if (a.first.split !== a.shallow || data.keyRecords.split !== 0 || data.keyRecords.dense[0] !== 0)
    throw new Error('Matcher data whose indexes are not split as the wire lays them out');
  const split = {
    emitBits: a.emit.bits,
    labelUnits: a.labels.units,
    labelCodes: a.labels.codes,
  };
  const arrays = {
    ...a,
    ...data,
    ...split,
    roots,
    caseRecords: data.caseKeys.records,
    caseStarts: data.caseKeys.starts,
    firstDense: a.first.dense,
    firstBase: a.first.base,
    firstDelta: a.first.delta,
    keyBase: data.keyRecords.base,
    keyDelta: data.keyRecords.delta,
  } as unknown as Record<string, ArrayLike<number>>;
  const { at, total } = offsets(layout);
  const bytes = new Uint8Array(total);
  const deflated = total >= deflateFrom;
  sections(layout).forEach(([name, kind, length], i) => {
    const view = new kind(bytes.buffer, at[i], length);
    view.set(arrays[name]!);
    if (deflated && DELTA_CODED.includes(name)) toDeltas(view);
  });
  return {
    layout,
    bytes: deflated ? await deflate(bytes) : bytes,
    deflated,
    caseKeys: data.caseKeys.joined,
    size: data.size,
  };
}
