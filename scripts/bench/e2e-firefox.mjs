import { hasReported, listenForReports, pageTimes, reportCount, watchFirstHighlight } from './e2e-probes.mjs';
import { settleLoad, sleep } from './e2e-settle.mjs';
import { launchFirefox, processCpu, processJsBytes, setBackgroundIdleTimeout } from './extension-firefox.mjs';
import { importPackTexts } from './kb-packs.mjs';

/**
 * @typedef {import('./e2e-chromium.mjs').BrowserSide} BrowserSide
 * @typedef {import('puppeteer-core').Page} Page
 */

/** How long the event page may run unprompted during an import (a 50k base takes minutes; see below). */
const IMPORT_IDLE_MS = 600_000;

/**
 * Opens an extension page: `goto` never settles for moz-extension:// pages, so the navigation is started and the
 * document waited for (a poll that lands mid-navigation fails, and is polled through).
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 */
async function openExtensionPage(browser, url) {
  const page = await browser.newPage();
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const ready = await page
      .evaluate((u) => location.href === u && document.readyState === 'complete', url)
      .catch(() => false);
    if (ready) return page;
    await sleep(100);
  }
  throw new Error(`${url} did not load`);
}

/**
 * Headless Firefox ESR with the built extension at `extensionDir` (or none, when null), loading one page at a
 * time in a fresh tab. Firefox reports no main-thread task time, so a load's cost is the CPU time of the
 * content process that shows the page (all its threads), from before navigation until the load is settled as
 * in Chromium (`reports: false` for a build that sends no report); the heap is that process's JS memory after a
 * collection in every process. Imports run with the event page's idle timeout lengthened: at the default 30 s,
 * Firefox stops the background halfway through a large import and the import gets no answer.
 * @param {string | null} extensionDir
 * @param {{ reports?: boolean }} [options]
 * @returns {Promise<BrowserSide>}
 */
export async function firefoxSide(extensionDir, { reports = true } = {}) {
  const run = await launchFirefox(extensionDir);
  const desk =
    extensionDir && reports ? await openExtensionPage(run.browser, `${run.origin}paint.html`) : null;
  if (desk) await desk.evaluate(listenForReports);
  const cpu = async () => run.privileged(processCpu);
  return {
    name: 'Firefox',
    version: run.version,
    cost: "CPU time of the page's content process, all threads (ChromeUtils.requestProcInfo)",
    heap: "the content process's js-main-runtime memory reports after minimizeMemoryUsage",
    async importKb(texts) {
      if (!desk) throw new Error('no extension to import into');
      await run.privileged(setBackgroundIdleTimeout, IMPORT_IDLE_MS);
      try {
        return await desk.evaluate(importPackTexts, texts);
      } finally {
        await run.privileged(setBackgroundIdleTimeout, null);
      }
    },
    async load(url, { watch = false, heap = false, afterLoadMs } = {}) {
      const page = await run.browser.newPage();
      try {
        if (watch) await page.evaluateOnNewDocument(watchFirstHighlight);
        const since = desk ? await desk.evaluate(reportCount) : 0;
        const before = new Map((await cpu()).map((p) => [p.pid, p.cpuMs]));
        await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
        const reported = desk ? () => desk.evaluate(hasReported, { url, since }) : undefined;
        const settled = await settleLoad({ reported, afterLoadMs });
        const shown = (await cpu()).find((p) => p.urls.includes(url));
        if (!shown) throw new Error(`no content process shows ${url}`);
        const costMs = shown.cpuMs - (before.get(shown.pid) ?? 0);
        const times = await page.evaluate(pageTimes);
        const jsBytes = heap ? await run.privileged(processJsBytes, shown.pid) : Number.NaN;
        return { costMs, ...times, jsBytes, ...settled };
      } finally {
        await page.close();
      }
    },
    close: () => run.close(),
  };
}
