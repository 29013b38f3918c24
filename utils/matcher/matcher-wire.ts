import { keyCountOf } from './key-lengths';
import type { MatcherData } from './matcher-data';
import { rootPairs } from './root-table';
import { DEFLATE_FROM, deflate } from './wire-deflate';
import { childCounts, keyStarts, toDeltas } from './wire-derived';
import { DELTA_CODED, offsets, sections, type WireLayout } from './wire-layout';

/**
 * A compiled matcher as it travels from the background to a page, which unpacks it (./wire-unpack.ts): every array in
 * one byte array (both browsers clone messages as structures, Chrome from 148 with the manifest's
 * `message_serialization`; a page views the bytes in place), and the strings beside it. Messaging charges a page for
 * every byte (2.8 MB took about 200 ms in Chromium), so the bytes are deflated, and what a page can rebuild in a pass
 * is left out: the shallow rows, `first` from two-byte child counts (./wire-derived.ts), the ranks of the emit bits
 * (./sparse-emit.ts) and the root table from its pairs (./root-table.ts).
 */
export interface MatcherWire {
  layout: WireLayout;
  bytes: Uint8Array<ArrayBuffer>;
  /** The bytes are deflated (./wire-deflate.ts): all but the smallest knowledge bases'. */
  deflated: boolean;
  /** The case keys' spellings, joined (./case-keys.ts): where each starts, and its record, are in the bytes. */
  caseKeys: string;
  size: number;
}

/**
 * Packs a compiled matcher for a page, its entries' ids left out (`MatcherBuild`): done once per knowledge-base
 * version, in the background. Bytes of
 * `deflateFrom` or more are deflated, as `deflateFromFor` says for the browser (./wire-policy.ts).
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
  };
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
    byKeyStart: keyStarts(data.keyRecords, layout.keys),
    children: childCounts(a.first, a.count),
  } as unknown as Record<string, ArrayLike<number>>;
  const { at, total } = offsets(layout);
  const bytes = new Uint8Array(total);
  sections(layout).forEach(([name, kind, length], i) => {
    const view = new kind(bytes.buffer, at[i], length);
    view.set(arrays[name]!);
    if (DELTA_CODED.has(name)) toDeltas(view);
  });
  const deflated = total >= deflateFrom;
  return {
    layout,
    bytes: deflated ? await deflate(bytes) : bytes,
    deflated,
    caseKeys: data.caseKeys.joined,
    size: data.size,
  };
}
