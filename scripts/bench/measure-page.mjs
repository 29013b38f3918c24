/**
 * @typedef {import('./knowledge-bases.mjs').KnowledgeBase} KnowledgeBase
 * @typedef {Awaited<ReturnType<typeof import('./browser-session.mjs').openBrowser>>} Browser
 * @typedef {{ compileMs: number[], compileChunkMs: number[], unpackMs: number[], longestUnpackMs: number[], workMs: number[], longestOursMs: number[], longestSliceMs: number[],
 *   longestGateMs: number[], longestTaskMs: number[], longestFrameMs: number[],
 *   reportMs: number[], longestReportMs: number[], wallMs: number[], slices: number[], busyMs: number[], mentions: number,
 *   entries: number, ranges: number }} OursRuns
 * @typedef {{ ms: number[], compileMs: number[], oneByteMs: number[], twoByteMs: number[], busyMs: number[],
 *   marks: number, capped: boolean }} MarkRuns
 * @typedef {{ name: string, bytes: number, runs: number, chars: number, textNodes: number, floorMs: number[],
 *   floorBusyMs: number[], ours: Record<string, OursRuns>, refs: Record<string, Record<string, MarkRuns>> }} PageResult
 *   `refs[library][kb]`: each reference library's runs per knowledge base.
 */

/** Extra time past a library's own cap before its tab is given up as hung. */
export const HANG_GRACE_MS = 60_000;

/** @returns {OursRuns} */
const emptyOurs = () => ({
  compileMs: [],
  compileChunkMs: [],
  unpackMs: [],
  longestUnpackMs: [],
  workMs: [],
  longestOursMs: [],
  longestSliceMs: [],
  longestGateMs: [],
  longestTaskMs: [],
  longestFrameMs: [],
  reportMs: [],
  longestReportMs: [],
  wallMs: [],
  slices: [],
  busyMs: [],
  mentions: 0,
  entries: 0,
  ranges: 0,
});

/** Runs `work` and returns its result with the main-thread task time it spanned (rendering included). */
async function busy(browser, work) {
  const before = await browser.busyMs();
  const result = await work();
  return { result, busyMs: (await browser.busyMs()) - before };
}

/** One fresh load: our matcher compiled, then the page scanned and highlighted (the scan ends settled). */
async function runOurs(browser, url, kb, into) {
  const page = await browser.load(url);
  await page.evaluate(kb.setKb);
  const compiled = await page.evaluate(() => window.__bench.compile());
  const { result: scan, busyMs } = await busy(browser, () => page.evaluate(() => window.__bench.scan()));
  into.compileMs.push(compiled.ms);
  into.compileChunkMs.push(compiled.longestChunkMs);
  into.unpackMs.push(compiled.unpackMs);
  into.longestUnpackMs.push(compiled.longestUnpackMs);
  into.busyMs.push(busyMs);
  for (const key of Object.keys(into)) {
    if (Array.isArray(into[key]) && key in scan) into[key].push(scan[key]);
  }
  into.mentions = scan.mentions;
  into.entries = scan.entries;
  into.ranges = scan.ranges;
}

/** One fresh load marked by `library`; a run past the cap counts at the cap, and later runs are skipped. */
async function runMark(browser, url, library, kb, capMs, into) {
  await browser.load(url, { library });
  const { source, flags } = kb.regexp;
  const { result, busyMs } = await busy(browser, () =>
    browser.bounded(async (page) => {
      const marked = await page.evaluate(
        ([s, f, cap]) => window.__bench.mark(s, f, cap),
        [source, flags, capMs],
      );
      await page.evaluate(() => window.__bench.settle());
      return marked;
    }, capMs + HANG_GRACE_MS),
  );
  into.ms.push(result && !result.capped ? result.ms : capMs);
  if (result) {
    into.compileMs.push(result.compileMs);
    into.oneByteMs.push(result.oneByteMs);
    into.twoByteMs.push(result.twoByteMs);
  }
  if (result && !result.capped) into.busyMs.push(busyMs);
  into.marks = result?.marks ?? into.marks;
  into.capped ||= !result || result.capped;
}

/**
 * Measures one page `runs` times, every measurement in a fresh load, interleaved (floor, ours per knowledge
 * base, each library per knowledge base, then again) so a slow spell of the machine hits all alike.
 * @param {Browser} browser
 * @param {{ name: string, url: string, bytes: number }} target
 * @param {{ kbs: KnowledgeBase[], libraries: string[], runs: number, capMs: number }} plan
 * @returns {Promise<PageResult>}
 */
export async function measurePage(browser, { name, url, bytes }, { kbs, libraries, runs, capMs }) {
  /** @type {PageResult} */
  const result = {
    name,
    bytes,
    runs,
    chars: 0,
    textNodes: 0,
    floorMs: [],
    floorBusyMs: [],
    ours: {},
    refs: {},
  };
  for (const kb of kbs) result.ours[kb.key] = emptyOurs();
  for (const library of libraries) {
    result.refs[library] = Object.fromEntries(
      kbs.map((kb) => [
        kb.key,
        { ms: [], compileMs: [], oneByteMs: [], twoByteMs: [], busyMs: [], marks: 0, capped: false },
      ]),
    );
  }
  for (let run = 0; run < runs; run++) {
    const page = await browser.load(url);
    const { result: floor, busyMs } = await busy(browser, async () => {
      const walked = await page.evaluate(() => window.__bench.floor());
      await page.evaluate(() => window.__bench.settle());
      return walked;
    });
    result.floorMs.push(floor.ms);
    result.floorBusyMs.push(busyMs);
    result.chars = floor.chars;
    result.textNodes = floor.nodes;
    for (const kb of kbs) await runOurs(browser, url, kb, result.ours[kb.key]);
    for (const library of libraries) {
      for (const kb of kbs) {
        const into = result.refs[library][kb.key];
        if (into.capped) into.ms.push(capMs);
        else await runMark(browser, url, library, kb, capMs, into);
      }
    }
  }
  return result;
}
