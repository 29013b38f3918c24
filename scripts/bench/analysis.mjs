import { max, median } from './stats.mjs';

/**
 * @typedef {import('./measure-page.mjs').PageResult} PageResult
 * @typedef {{ floor: number, work: number, compile: number, longestOurs: number, longestSlice: number,
 *   longestGate: number, longestTask: number, longestFrame: number,
 *   report: number, wall: number, slices: number, mentions: number, entries: number, ranges: number, mark: number,
 *   markCompile: number, markCapped: boolean, marks: number, oursPerFloor: number, markPerOurs: number,
 *   floorBusy: number, oursBusy: number, markBusy: number }} PageStats
 */

/**
 * Medians of one page's runs for one knowledge base, and the two ratios the targets are about. mark.js runs
 * stopped at the cap count at the cap, so markPerOurs is then a lower bound.
 * @param {PageResult} page
 * @param {string} kb
 * @returns {PageStats}
 */
export function pageStats(page, kb) {
  const ours = page.ours[kb];
  const mark = page.mark[kb];
  const floor = median(page.floorMs);
  const work = median(ours?.workMs ?? []);
  const markMs = median(mark?.ms ?? []);
  return {
    floor,
    work,
    compile: median(ours?.compileMs ?? []),
    longestOurs: max(ours?.longestOursMs ?? []),
    longestSlice: max(ours?.longestSliceMs ?? []),
    longestGate: max(ours?.longestGateMs ?? []),
    longestTask: max(ours?.longestTaskMs ?? []),
    longestFrame: max(ours?.longestFrameMs ?? []),
    report: median(ours?.reportMs ?? []),
    wall: median(ours?.wallMs ?? []),
    slices: median(ours?.slices ?? []),
    mentions: ours?.mentions ?? 0,
    entries: ours?.entries ?? 0,
    ranges: ours?.ranges ?? 0,
    mark: markMs,
    markCompile: median(mark?.compileMs ?? []),
    markCapped: mark?.capped ?? false,
    marks: mark?.marks ?? 0,
    oursPerFloor: floor > 0 ? work / floor : Number.NaN,
    markPerOurs: markMs / work,
    floorBusy: median(page.floorBusyMs),
    oursBusy: median(ours?.busyMs ?? []),
    markBusy: median(mark?.busyMs ?? []),
  };
}

/**
 * Corpus-wide figures for one knowledge base: median ratios, the worst page for each, and the pages with the
 * longest piece of work, task and frame.
 * @param {PageResult[]} pages
 * @param {string} kb
 */
export function corpusStats(pages, kb) {
  const rows = pages.map((page) => ({ name: page.name, ...pageStats(page, kb) }));
  const floored = rows.filter((r) => Number.isFinite(r.oursPerFloor));
  const worstFloor = floored.reduce((a, b) => (b.oursPerFloor > a.oursPerFloor ? b : a), floored[0]);
  const worstMark = rows.reduce((a, b) => (b.markPerOurs < a.markPerOurs ? b : a), rows[0]);
  const longestTask = rows.reduce((a, b) => (b.longestTask > a.longestTask ? b : a), rows[0]);
  const longestFrame = rows.reduce((a, b) => (b.longestFrame > a.longestFrame ? b : a), rows[0]);
  const longestOurs = rows.reduce((a, b) => (b.longestOurs > a.longestOurs ? b : a), rows[0]);
  return {
    pages: rows.length,
    /** Pages whose floor read 0 ms (under the timer's resolution): left out of the floor ratios. */
    unfloored: rows.length - floored.length,
    oursPerFloor: median(rows.map((r) => r.oursPerFloor)),
    markPerOurs: median(rows.map((r) => r.markPerOurs)),
    work: median(rows.map((r) => r.work)),
    floor: median(rows.map((r) => r.floor)),
    worstFloor,
    worstMark,
    capped: rows.filter((r) => r.markCapped).length,
    longestTask,
    longestFrame,
    longestOurs,
  };
}

/** Every run's values of one field of our scan results, over pages and knowledge bases. */
function allRuns(pages, keys, field) {
  return pages.flatMap((page) => keys.flatMap((key) => page.ours[key]?.[field] ?? []));
}

/**
 * The four targets, each judged on the figures named in its row. Ratios use medians; "no task over 50 ms" uses
 * the worst run, as one long task is enough to miss it; the build is judged on its median, its worst shown.
 * @param {{ news: PageResult, corpus: PageResult[], kbs: { key: string, label: string }[] }} results
 */
export function targets({ news, corpus, kbs }) {
  const keys = kbs.map((kb) => kb.key);
  const big = keys[keys.length - 1] ?? '';
  const all = [news, ...corpus];
  const rows = [];
  const add = (target, scope, value, unit, met, note = '') =>
    rows.push({ target, scope, value, unit, met, note });
  for (const page of corpus[0] ? [news, corpus[0]] : [news]) {
    const s = pageStats(page, big);
    add('Within 2× the floor', `${page.name}, ${big}`, s.oursPerFloor, '×', s.oursPerFloor <= 2);
  }
  for (const key of keys) {
    const c = corpusStats(corpus, key);
    const n = pageStats(news, key);
    add(
      '≥ 20× faster than mark.js (mark.js ÷ our scan)',
      `corpus median, ${key}`,
      c.markPerOurs,
      '×',
      c.markPerOurs >= 20,
    );
    add(
      '≥ 20× faster than mark.js (mark.js ÷ our scan)',
      `generated news page, ${key}`,
      n.markPerOurs,
      '×',
      n.markPerOurs >= 20,
    );
  }
  for (const key of keys) {
    const builds = allRuns(all, [key], 'compileMs');
    const [typical, worst] = [median(builds), max(builds)];
    const note = typical < 100 && worst >= 100 ? 'the worst build is over' : '';
    add(
      'Build under 100 ms',
      `${key}, median / worst of ${builds.length}`,
      [typical, worst],
      'ms',
      typical < 100,
      note,
    );
  }
  const longest = (field) => max(allRuns(all, keys, field));
  add(
    'No task over 50 ms',
    'longest piece of our scan work, all runs',
    longest('longestOursMs'),
    'ms',
    longest('longestOursMs') <= 50,
  );
  add(
    'No task over 50 ms',
    'longest task (longtask observer) during scans',
    longest('longestTaskMs'),
    'long',
    longest('longestTaskMs') <= 50,
  );
  add(
    'No task over 50 ms',
    'longest animation frame (rendering included) during scans',
    longest('longestFrameMs'),
    'long',
    longest('longestFrameMs') <= 50,
  );
  const chunks = allRuns(all, [big], 'compileChunkMs');
  add(
    'No task over 50 ms',
    `longest chunk of the ${big} build, which the session runs in idle slices (median / worst)`,
    [median(chunks), max(chunks)],
    'ms',
    max(chunks) <= 50,
  );
  return rows;
}
