/**
 * @typedef {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number,
 *   args?: { name?: string } }} TraceEvent
 */

/** Trace categories the breakdown reads. */
export const TRACE_CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,blink,v8';

/**
 * Our slices in a trace: idle callbacks, and the message tasks `browserIdle` posts to go on within an idle
 * period (the pages' own scripts are blocked, so no other message tasks run during a scan).
 */
const SLICE_EVENTS = ['FireIdleCallback', 'MessagePort::Accept'];

/** Main-thread phases worth naming, each an event that occurs once per occurrence (no nesting of its own). */
const PHASES = [
  ['All main-thread tasks', ['RunTask']],
  ['Our slices', SLICE_EVENTS],
  ['IntersectionObserver updates', ['Blink.IntersectionObservation.UpdateTime']],
  ['Style recalculation', ['UpdateLayoutTree']],
  ['Layout', ['Layout']],
  ['Pre-paint and compositing inputs', ['PrePaint']],
  ['Paint', ['Paint']],
  ['Garbage collection', ['MinorGC', 'MajorGC']],
];

const msOf = (events) => events.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);

/**
 * Main-thread time by phase during one traced scan, so the work our slices do not count (observers, style,
 * painting) shows too. Phases nest: a style recalculation forced inside a slice counts in both, and the rows
 * after the phases say how much of it happened inside our slices.
 * @param {TraceEvent[]} events
 * @returns {{ phase: string, ms: number, count: number }[]}
 */
export function traceBreakdown(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && e.dur);
  const named = (names) => onMain.filter((e) => names.includes(e.name));
  const rows = PHASES.map(([phase, names]) => {
    const matching = named(names);
    return { phase, ms: msOf(matching), count: matching.length };
  });
  const slices = named(SLICE_EVENTS);
  const inSlice = (e) => slices.some((slice) => e.ts >= slice.ts && e.ts < slice.ts + (slice.dur ?? 0));
  const styles = named(['UpdateLayoutTree']);
  const forced = styles.filter(inSlice);
  const longest = Math.max(0, ...styles.map((e) => (e.dur ?? 0) / 1000));
  rows.push({ phase: 'Longest style recalculation', ms: longest, count: longest > 0 ? 1 : 0 });
  rows.push({
    phase: 'Style recalculation forced inside our slices',
    ms: msOf(forced),
    count: forced.length,
  });
  return rows;
}
