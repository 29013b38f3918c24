import type { AutomatonData } from './automaton';
import { caseKeysFrom } from './case-keys';
import { checkEntryIds, entryIdCount } from './entry-ids';
import { failLinksSteps } from './fail-links';
import { firstAt } from './first-index';
import type { MatcherData } from './matcher-data';
import { nodeLabelsFrom } from './node-labels';
import { rootPairs, rootTableOf } from './root-table';
import { rowsFrom } from './shallow-rows';
import { rankOf } from './sparse-emit';
import type { Steps } from './steps';
import { DEFLATE_FROM, deflate, inflate, NO_PAUSE } from './wire-deflate';
import {
  childCounts,
  firstFromCounts,
  fromDeltas,
  keyRecordsFrom,
  keyStarts,
  toDeltas,
} from './wire-derived';
import { DELTA_CODED, offsets, sections, type WireLayout } from './wire-layout';
import type { Packing } from './wire-policy';

/**
 * A compiled matcher as it travels from the background to a page: every array in one byte array (both browsers clone
 * messages as structures, Chrome from 148 with the manifest's `message_serialization`; a page views the bytes in
 * place), and the strings beside it. Messaging charges a page for every byte (2.8 MB took about 200 ms in
 * Chromium), so the bytes are deflated, and what a page can rebuild in a pass is left out: the shallow rows,
 * `first` from two-byte child counts (./wire-derived.ts), the ranks of the emit bits (./sparse-emit.ts), the root
 * table from its pairs (./root-table.ts), and, unless `layout.links`, the failure links (./fail-links.ts).
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
 * Packs a compiled matcher for a page: done once per knowledge-base version, in the background, as `packingFor` says
 * for the browser (./wire-policy.ts). Without `links`, the failure links stay out and each page rebuilds them
 * (./fail-links.ts). Bytes of `deflateFrom` or more are deflated.
 */
export async function toWire(
  data: MatcherData,
  { links = true, deflateFrom = DEFLATE_FROM }: Partial<Packing> = {},
): Promise<MatcherWire> {
  const { automaton: a } = data;
  const roots = rootPairs(a.rootTable).flat();
  const ids = data.entryIds;
  const layout: WireLayout = {
    nodes: a.count,
    shallow: a.shallow,
    roots: roots.length / 2,
    emits: a.emit.values.length,
    keys: data.keyLengths.length,
    byKey: data.byKey.length,
    records: data.flags.length,
    entries: entryIdCount(data.entryIds),
    units: a.labels.units.length,
    spellings: data.caseKeys.records.length,
    idBytes: ids.length,
    links,
  };
  const split = {
    emitBits: a.emit.bits,
    emitValues: a.emit.values,
    failLow: a.fail.low,
    failHigh: a.fail.high,
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
    entryIds: ids,
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

/**
 * Unpacks a matcher in a page: inflates the bytes, then runs `unpackSteps`, awaiting `pause` between the inflate's
 * slices, after it and between steps, so a page whose pause ends in a new task never runs the whole unpack as one
 * long task.
 */
export async function fromWire(wire: MatcherWire, pause = NO_PAUSE): Promise<MatcherData> {
  const place = offsets(wire.layout);
  const { total } = place;
  // A copy of bytes that are not deflated: the differences are summed in place, and the wire stays as it came.
  const whole = wire.deflated ? await inflate(wire.bytes, total, pause) : wire.bytes.slice();
  if (whole.length !== total) throw new Error(`Matcher data of ${whole.length} bytes, ${total} expected`);
  const steps = unpackSteps(wire, whole, place);
  for (;;) {
    await pause();
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The unpacking proper, over the inflated bytes: views over them, less the key offsets and the child counts, which
 * are read once (the page keeps a copy of the bytes up to the ids: 264 KB less at 10,000 entries for the counts
 * alone), the root table built from its pairs, and the failure links rebuilt unless the wire carries them.
 */
function* unpackSteps(
  wire: MatcherWire,
  whole: Uint8Array<ArrayBuffer>,
  { at, total }: ReturnType<typeof offsets>,
): Steps<MatcherData> {
  const { layout } = wire;
  const list = sections(layout);
  const once = list.findIndex(([name]) => name === 'entryIds');
  const readOnce = list
    .slice(once)
    .map(([, kind, length], i) => new kind(whole.buffer, at[once + i], length));
  const [idBytes, starts, counts] = readOnce as [Uint8Array, Int32Array, Uint16Array];
  list.forEach(([name, kind, length], i) => {
    if (DELTA_CODED.has(name)) fromDeltas(new kind(whole.buffer, at[i], length));
  });
  yield;
  checkEntryIds(idBytes);
  const entries = entryIdCount(idBytes);
  if (entries !== layout.entries)
    throw new Error(`Matcher ids of ${entries} entries, ${layout.entries} expected`);
  yield;
  const first = firstFromCounts(counts, layout.roots);
  if (firstAt(first, layout.nodes) !== layout.nodes)
    throw new Error(`Matcher data of ${total} bytes whose child counts do not fit its ${layout.nodes} nodes`);
  const keyRecords = keyRecordsFrom(starts, layout.byKey);
  yield;
  const bytes = whole.slice(0, at[once]! + layout.idBytes);
  const view: Record<string, Int32Array | Uint16Array | Uint8Array> = {};
  list.slice(0, once).forEach(([name, kind, length], i) => {
    view[name] = new kind(bytes.buffer, at[i], length);
  });
  yield;
  const roots = view.roots as Int32Array;
  const rootTable = rootTableOf(
    Array.from({ length: layout.roots }, (_, i) => [roots[2 * i]!, roots[2 * i + 1]!] as const),
  );
  const { emitBits, emitValues, failLow, failHigh, labelUnits, labelCodes } = view as Record<
    'emitBits' | 'emitValues',
    Int32Array
  > &
    Record<'failLow' | 'labelUnits', Uint16Array> & {
      failHigh: Uint8Array;
      labelCodes: Uint8Array | Uint16Array;
    };
  const labels = nodeLabelsFrom(labelCodes, labelUnits);
  const fail = layout.links
    ? { low: failLow, high: failHigh }
    : yield* failLinksSteps(labels, first, rootTable, layout.nodes);
  yield;
  const emit = { bits: emitBits, rank: rankOf(emitBits), values: emitValues };
  const automaton: AutomatonData = {
    count: layout.nodes,
    shallow: layout.shallow,
    labels,
    first,
    emit,
    fail,
    rootTable,
    rows: rowsFrom(layout.shallow, fail, rootTable, labels, first),
  };
  return {
    ...(view as Pick<MatcherData, 'keyLengths' | 'edges' | 'byKey' | 'recordEntry' | 'flags'>),
    automaton,
    keyRecords,
    entryIds: new Uint8Array(bytes.buffer, at[once], layout.idBytes),
    caseKeys: caseKeysFrom(
      view.caseRecords as Int32Array,
      view.caseStarts as Int32Array,
      wire.caseKeys,
      layout.records,
    ),
    size: wire.size,
  };
}
