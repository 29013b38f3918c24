import { max, median } from './stats.mjs';

/**
 * @typedef {import('./measure-page.mjs').PageResult} PageResult
 * @typedef {import('./measure-page.mjs').MarkRuns} MarkRuns
 * @typedef {{ ms: number, compile: number, oneByte: number, twoByte: number, capped: boolean, marks: number,
 *   busy: number, perOurs: number }} RefStats One reference library on one page: medians, and its time ÷ ours.
 * @typedef {{ floor: number, work: number, compile: number, unpack: number, longestOurs: number, longestSlice: number,
 *   longestGate: number, longestTask: number, longestFrame: number,
 *   report: number, wall: number, slices: number, mentions: number, entries: number, ranges: number,
 *   oursPerFloor: number, floorBusy: number, oursBusy: number, refs: Record<string, RefStats> }} PageStats
 */

/**
 * Medians of one library's runs; runs stopped at the cap count at the cap, so `perOurs` is then a lower bound.
 * @param {MarkRuns | undefined} runs
 * @param {number} work our scan's median work on the same page
 * @returns {RefStats}
 */
function refStats(runs, work) {
  const ms = median(runs?.ms ?? []);
  return {
    ms,
    compile: median(runs?.compileMs ?? []),
    oneByte: median(runs?.oneByteMs ?? []),
    twoByte: median(runs?.twoByteMs ?? []),
    capped: runs?.capped ?? false,
    marks: runs?.marks ?? 0,
    busy: median(runs?.busyMs ?? []),
    perOurs: ms / work,
  };
}

/**
 * Medians of one page's runs for one knowledge base, ours ÷ floor, and each library's time ÷ ours.
 * @param {PageResult} page
 * @param {string} kb
 * @returns {PageStats}
 */
export function pageStats(page, kb) {
  const ours = page.ours[kb];
  const floor = median(page.floorMs);
  const work = median(ours?.workMs ?? []);
  const refs = Object.fromEntries(
    Object.entries(page.refs).map(([library, byKb]) => [library, refStats(byKb[kb], work)]),
  );
  return {
    floor,
    work,
    compile: median(ours?.compileMs ?? []),
    unpack: median(ours?.unpackMs ?? []),
    longestOurs: max(ours?.longestOursMs ?? []),
    longestSlice: max(ours?.longestSliceMs ?? []),
    longestGate: max(ours?.longestGateMs ?? []),
    longestTask: max(ours?.longestTaskMs ?? []),
    longestFrame: max(ours?.longestFrameMs ?? []),
    report: median(ours?.reportMs ?? []),
    longestReport: max(ours?.longestReportMs ?? []),
    wall: median(ours?.wallMs ?? []),
    slices: median(ours?.slices ?? []),
    mentions: ours?.mentions ?? 0,
    entries: ours?.entries ?? 0,
    ranges: ours?.ranges ?? 0,
    oursPerFloor: floor > 0 ? work / floor : Number.NaN,
    floorBusy: median(page.floorBusyMs),
    oursBusy: median(ours?.busyMs ?? []),
    refs,
  };
}

/** The row with the largest `pick`, or the first row. */
const most = (rows, pick) => rows.reduce((a, b) => (pick(b) > pick(a) ? b : a), rows[0]);

/**
 * Corpus-wide figures for one knowledge base: median ratios, the worst page for each (for each library, the
 * page where it beats us most), and the pages with the longest piece of work, task and frame.
 * @param {PageResult[]} pages
 * @param {string} kb
 */
export function corpusStats(pages, kb) {
  const rows = pages.map((page) => ({ name: page.name, ...pageStats(page, kb) }));
  const floored = rows.filter((r) => Number.isFinite(r.oursPerFloor));
  const libraries = Object.keys(rows[0]?.refs ?? {});
  const refs = Object.fromEntries(
    libraries.map((library) => {
      const perOurs = (row) => row.refs[library]?.perOurs ?? Number.NaN;
      return [
        library,
        {
          perOurs: median(rows.map(perOurs)),
          worst: most(rows, (row) => -perOurs(row)),
          /** Pages where the library took less time than our scan. */
          faster: rows.filter((row) => perOurs(row) < 1).length,
          capped: rows.filter((row) => row.refs[library]?.capped).length,
        },
      ];
    }),
  );
  return {
    pages: rows.length,
    /** Pages whose floor read 0 ms (under the timer's resolution): left out of the floor ratios. */
    unfloored: rows.length - floored.length,
    oursPerFloor: median(rows.map((r) => r.oursPerFloor)),
    work: median(rows.map((r) => r.work)),
    floor: median(rows.map((r) => r.floor)),
    worstFloor: most(floored, (r) => r.oursPerFloor),
    refs,
    longestTask: most(rows, (r) => r.longestTask),
    longestFrame: most(rows, (r) => r.longestFrame),
    longestOurs: most(rows, (r) => r.longestOurs),
  };
}
