import type { AutomatonData } from './automaton';
import { caseKeysFrom } from './case-keys';
import { firstAt } from './first-index';
import { checkLengthStarts } from './key-lengths';
import type { MatcherData } from './matcher-data';
import type { MatcherWire } from './matcher-wire';
import { nodeLabelsFrom } from './node-labels';
import { rootTableOf } from './root-table';
import { rowsFrom } from './shallow-rows';
import { rankOf } from './sparse-emit';
import type { Steps } from './steps';
import { inflate, NO_PAUSE } from './wire-deflate';
import { firstFromCounts, fromDeltas, keyRecordsFrom } from './wire-derived';
import { DELTA_CODED, offsets, sections } from './wire-layout';

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
 * are read once (the page keeps a copy of the bytes before them: 264 KB less at 10,000 entries for the counts
 * alone), and the root table built from its pairs.
 */
function* unpackSteps(
  wire: MatcherWire,
  whole: Uint8Array<ArrayBuffer>,
  { at, total }: ReturnType<typeof offsets>,
): Steps<MatcherData> {
  const { layout } = wire;
  const list = sections(layout);
  const once = list.findIndex(([name]) => name === 'byKeyStart');
  const readOnce = list
    .slice(once)
    .map(([, kind, length], i) => new kind(whole.buffer, at[once + i], length));
  const [starts, counts] = readOnce as [Int32Array, Uint16Array];
  list.forEach(([name, kind, length], i) => {
    if (DELTA_CODED.has(name)) fromDeltas(new kind(whole.buffer, at[i], length));
  });
  yield;
  const first = firstFromCounts(counts, layout.roots, layout.shallow);
  if (firstAt(first, layout.nodes) !== layout.nodes)
    throw new Error(`Matcher data of ${total} bytes whose child counts do not fit its ${layout.nodes} nodes`);
  const keyRecords = keyRecordsFrom(starts, layout.records);
  yield;
  const bytes = whole.slice(0, at[once]!);
  const view: Record<string, Int32Array | Uint16Array | Uint8Array> = {};
  list.slice(0, once).forEach(([name, kind, length], i) => {
    view[name] = new kind(bytes.buffer, at[i], length);
  });
  yield;
  const roots = view.roots as Int32Array;
  const rootTable = rootTableOf(
    Array.from({ length: layout.roots }, (_, i) => [roots[2 * i]!, roots[2 * i + 1]!] as const),
  );
  const { emitBits, labelUnits, labelCodes } = view as {
    emitBits: Int32Array;
    labelUnits: Uint16Array;
    labelCodes: Uint8Array | Uint16Array;
  };
  const labels = nodeLabelsFrom(labelCodes, labelUnits);
  const emit = { bits: emitBits, rank: rankOf(emitBits) };
  checkLengthStarts(view.lengthStarts as Int32Array, layout.keys);
  if (emit.rank.at(-1) !== layout.keys)
    throw new Error(`Matcher data with ${emit.rank.at(-1)} nodes that end a key, ${layout.keys} expected`);
  const automaton: AutomatonData = {
    count: layout.nodes,
    shallow: layout.shallow,
    labels,
    first,
    emit,
    rootTable,
    rows: rowsFrom(layout.shallow, rootTable, labels, first),
  };
  return {
    ...(view as Pick<MatcherData, 'lengthStarts' | 'recordEntry' | 'flags' | 'proposals' | 'generic'>),
    automaton,
    keyRecords,
    entries: layout.entries,
    caseKeys: caseKeysFrom(
      view.caseRecords as Int32Array,
      view.caseStarts as Int32Array,
      wire.caseKeys,
      layout.records,
    ),
    size: wire.size,
  };
}
