import { hasReported, listenForReports, pageTimes, reportCount, watchFirstHighlight } from './e2e-probes.mjs';
import { settleLoad } from './e2e-settle.mjs';
import { launchChromium, rendererMetrics } from './extension-chromium.mjs';
import { importPackTexts } from './kb-packs.mjs';

/**
 * @typedef {{ costMs: number, domContentLoaded: number, load: number, firstHighlight: number | null,
 *   jsBytes: number, reported: boolean, afterLoadMs: number }} LoadSample One page load: its cost (here the
 *   renderer's main-thread task time), its milestones, the live JS heap once it settled (NaN when not asked),
 *   and how long after `load` it was ended (see settleLoad).
 * @typedef {{ watch?: boolean, heap?: boolean, afterLoadMs?: number }} LoadOptions `watch` for the first
 *   highlight, `heap` to read the heap, `afterLoadMs` to end a load without the extension like its pair.
 * @typedef {{ name: string, version: string, cost: string, heap: string,
 *   importKb(texts: string[]): Promise<unknown>, load(url: string, options?: LoadOptions): Promise<LoadSample>,
 *   close(): Promise<void> }} BrowserSide One browser, with the extension or without, as the runs drive it.
 */

/**
 * Headless Chromium with the built extension at `extensionDir` (or none, when null), loading one page at a time
 * in a fresh tab. A load's cost is Chromium's TaskDuration for the page's renderer from before navigation until
 * the load is settled: with the extension, the content script's first report (heard by an extension page that
 * listens) and a short tail; without, or with a build that sends no report (`reports: false`, the platform
 * floor's), as long after `load` as its pair took.
 * @param {string | null} extensionDir
 * @param {{ reports?: boolean }} [options]
 * @returns {Promise<BrowserSide>}
 */
export async function chromiumSide(extensionDir, { reports = true } = {}) {
  const run = await launchChromium(extensionDir);
  const desk = extensionDir && reports ? await run.context.newPage() : null;
  if (desk) {
    await desk.goto(`${run.origin}paint.html`);
    await desk.evaluate(listenForReports);
  }
  return {
    name: 'Chromium',
    version: run.version,
    cost: "main-thread task time of the page's renderer (CDP Performance.getMetrics TaskDuration)",
    heap: "the renderer's used JS heap plus ArrayBuffer backing stores (Runtime.getHeapUsage) after HeapProfiler.collectGarbage",
    async importKb(texts) {
      if (!desk) throw new Error('no extension to import into');
      return desk.evaluate(importPackTexts, texts);
    },
    async load(url, { watch = false, heap = false, afterLoadMs } = {}) {
      const page = await run.context.newPage();
      try {
        const metrics = await rendererMetrics(run.context, page);
        if (watch) await page.addInitScript(watchFirstHighlight);
        const since = desk ? await desk.evaluate(reportCount) : 0;
        const start = await metrics.taskMs();
        await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
        const reported = desk ? () => desk.evaluate(hasReported, { url, since }) : undefined;
        const settled = await settleLoad({ reported, afterLoadMs });
        const costMs = (await metrics.taskMs()) - start;
        const times = await page.evaluate(pageTimes);
        const jsBytes = heap ? await metrics.heapBytes() : Number.NaN;
        return { costMs, ...times, jsBytes, ...settled };
      } finally {
        await page.close();
      }
    },
    close: () => run.close(),
  };
}
