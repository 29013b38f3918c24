import { median } from './stats.mjs';

/**
 * @typedef {import('./e2e-run.mjs').KbRuns} KbRuns
 * @typedef {import('./e2e-chromium.mjs').LoadSample} LoadSample
 * @typedef {{ key: string, label: string, entries: number, importMs: number, pages: number,
 *   addedCostMs: number, addedCostRange: [number, number], floorCostMs: number, beyondFloorMs: number,
 *   withCostMs: number, withoutCostMs: number, addedLoadMs: number, firstHighlightMs: number,
 *   highlightsSeen: number, demoRuns: number, addedHeapBytes: number, floorHeapBytes: number,
 *   withHeapBytes: number, unreported: number }} KbFigures
 */

/** Median of one field over samples. */
const mid = (samples, pick) => median(samples.map(pick));

/**
 * The least settled heap over loads, NaN for none. Firefox's process figure jumps by about 0.31 MiB in some loads of
 * every build, the extension's, the floor's and a browser without either alike: a parse of scripts of its own (three
 * more scripts, their data and the parser's 128 KB of scratch) still held when the reports are read. A median of 7
 * landed on either side, so with − without swung by 0.3 MB between runs of the same code. What comes and goes only
 * adds, so the least load is each side's settled heap.
 */
const least = (samples) => (samples.length === 0 ? Number.NaN : Math.min(...samples.map((s) => s.jsBytes)));

/** Per page, the median cost of one kind of load minus the median of another. */
const costDifferences = (loads, more, less) =>
  loads.map((page) => mid(page[more] ?? [], (s) => s.costMs) - mid(page[less] ?? [], (s) => s.costMs));

/**
 * The end-to-end figures of one knowledge base in one browser: the added cost per page load (per page, median
 * with minus median without; then the median over pages and its range), the platform floor's share of it and
 * ours beyond it (the same with the floor build's loads), the added time to the `load` event, the first highlight
 * after DOMContentLoaded on the demo page, and the added JS heap of the demo tab (and the floor's), from each side's
 * least settled heap. Runs recorded before the floor was measured give NaN for its figures.
 * @param {KbRuns} kb
 * @returns {KbFigures}
 */
export function kbFigures(kb) {
  const added = costDifferences(kb.loads, 'with', 'without');
  const highlights = kb.demo.with
    .filter((s) => s.firstHighlight !== null)
    .map((s) => (s.firstHighlight ?? 0) - s.domContentLoaded);
  const withHeap = least(kb.demo.with);
  return {
    key: kb.key,
    label: kb.label,
    entries: kb.entries,
    importMs: kb.importMs,
    pages: kb.loads.length,
    addedCostMs: median(added),
    addedCostRange: [Math.min(...added), Math.max(...added)],
    floorCostMs: median(costDifferences(kb.loads, 'floor', 'without')),
    beyondFloorMs: median(costDifferences(kb.loads, 'with', 'floor')),
    withCostMs: median(kb.loads.map((page) => mid(page.with, (s) => s.costMs))),
    withoutCostMs: median(kb.loads.map((page) => mid(page.without, (s) => s.costMs))),
    addedLoadMs: median(
      kb.loads.map((page) => mid(page.with, (s) => s.load) - mid(page.without, (s) => s.load)),
    ),
    firstHighlightMs: median(highlights),
    highlightsSeen: highlights.length,
    demoRuns: kb.demo.with.length,
    addedHeapBytes: withHeap - least(kb.demo.without),
    floorHeapBytes: least(kb.demo.floor ?? []) - least(kb.demo.without),
    withHeapBytes: withHeap,
    unreported: [...kb.loads.flatMap((page) => page.with), ...kb.demo.with].filter((s) => !s.reported).length,
  };
}
