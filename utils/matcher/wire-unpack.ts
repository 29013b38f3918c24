import type { AutomatonData } from './automaton';
import { caseKeysFrom } from './case-keys';
import { climbsTo, type FirstIndex, firstAt, knownForm } from './first-index';
import { checkLengthStarts } from './key-lengths';
import type { MatcherData } from './matcher-data';
import type { MatcherWire } from './matcher-wire';
import { nodeLabelsFrom } from './node-labels';
import { rootTableOf } from './root-table';
import { rowsFrom } from './shallow-rows';
import { rankOf } from './sparse-emit';
import type { Steps } from './steps';
import { inflate, NO_PAUSE } from './wire-deflate';
import { fromDeltas } from './wire-derived';
import { DELTA_CODED, offsets, sections } from './wire-layout';

/**
 * Unpacks a matcher in a page: inflates the bytes, then runs `unpackSteps`, awaiting `pause` between the inflate's
 * slices, after it and between steps, so a page whose pause ends in a new task never runs the whole unpack as one
 * long task. A raw wire's bytes are viewed where they lie (copied only if they start off a four-byte boundary, which
 * no wire of ours does), and left as they came.
 */
export async function fromWire(wire: MatcherWire, pause = NO_PAUSE): Promise<MatcherData> {
  const { layout } = wire;
  if (!knownForm(layout.firstShift, layout.firstWidth) || !knownForm(layout.keyShift, layout.keyWidth))
    throw new Error('Matcher data whose indexes are in a form this page does not read');
  if (layout.shallow > layout.nodes)
    throw new Error(`Matcher data with ${layout.shallow} shallow nodes of ${layout.nodes}`);
  const place = offsets(layout);
  const { total } = place;
  const whole = wire.deflated ? await inflate(wire.bytes, total, pause) : viewable(wire.bytes);
  if (whole.length !== total) throw new Error(`Matcher data of ${whole.length} bytes, ${total} expected`);
  const steps = unpackSteps(wire, whole, place);
  for (;;) {
    await pause();
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Raw bytes where the widest view (four bytes an element) can lie over them: in place, else a copy that starts anew. */
function viewable(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  return bytes.byteOffset % Int32Array.BYTES_PER_ELEMENT === 0 ? bytes : bytes.slice();
}

/**
 * The unpacking proper, over the inflated bytes: views over them, the differences summed where the wire was
 * deflated, the two indexes checked, and the root table built from its pairs.
 */
function* unpackSteps(
  wire: MatcherWire,
  whole: Uint8Array<ArrayBuffer>,
  { at, total }: ReturnType<typeof offsets>,
): Steps<MatcherData> {
  const { layout } = wire;
  const view: Record<string, Int32Array | Uint16Array | Uint8Array> = {};
  sections(layout).forEach(([name, kind, length], i) => {
    view[name] = new kind(whole.buffer, whole.byteOffset + at[i]!, length);
  });
  if (wire.deflated) for (const name of DELTA_CODED) fromDeltas(view[name]!);
  yield;
  const first: FirstIndex = {
    split: layout.shallow,
    dense: view.firstDense as Int32Array,
    shift: layout.firstShift,
    base: view.firstBase as Int32Array,
    delta: view.firstDelta as Uint8Array | Uint16Array,
  };
  if (first.dense[0] !== 1 || firstAt(first, layout.nodes) !== layout.nodes)
    throw new Error(
      `Matcher data of ${total} bytes whose child offsets do not fit its ${layout.nodes} nodes`,
    );
  const keyRecords: FirstIndex = {
    split: 0,
    dense: Int32Array.of(0),
    shift: layout.keyShift,
    base: view.keyBase as Int32Array,
    delta: view.keyDelta as Uint8Array | Uint16Array,
  };
  if (!climbsTo(keyRecords, layout.keys, layout.records))
    throw new Error(`Matcher data whose key offsets do not fit its ${layout.records} key records`);
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
