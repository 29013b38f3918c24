import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';

const VIEWPORT = { width: 1280, height: 900 };
const LOAD_TIMEOUT_MS = 120_000;

/** Rejects when `promise` has not settled after `ms`. */
function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Page context: adds the manifest's CSS as a style sheet, standing in for the one the extension injects. */
function addStyle(css) {
  const style = document.createElement('style');
  style.textContent = css;
  (document.head ?? document.documentElement).append(style);
}

/**
 * Headless Chromium with every request outside our server aborted, so saved pages do not wait on the network.
 * `load` gives a fresh page load with the extension's manifest CSS and the harness (and a reference library if
 * asked) in the main world, evaluated through DevTools as the corpus's CSP forbids inline script tags.
 * @param {{ origin: string, harness: string, libraries: Record<string, { source: string }>, css: string }} options
 */
export async function openBrowser({ origin, harness, libraries, css }) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route('**', (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient'),
  );
  let page = await context.newPage();
  let cdp = await context.newCDPSession(page);

  return {
    version: browser.version(),

    /**
     * Loads `url` afresh, injects the CSS, the harness and the `library` named (a key of `libraries`, if any),
     * and waits for style and layout to settle; returns the page.
     */
    async load(url, { library = '' } = {}) {
      await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
      if (css) await page.evaluate(addStyle, css);
      await page.evaluate(harness);
      if (library) await page.evaluate(libraries[library].source);
      await page.evaluate(() => window.__bench.settle());
      return page;
    },

    /** Runs a page function that may hang past `ms`; on timeout the tab is replaced and null returned. */
    async bounded(run, ms) {
      try {
        return await within(run(page), ms, 'page work');
      } catch (error) {
        if (!String(error).includes('page work took')) throw error;
        const stuck = page;
        page = await context.newPage();
        cdp = await context.newCDPSession(page);
        await within(stuck.close({ runBeforeUnload: false }), 30_000, 'closing a stuck tab').catch(() => {});
        return null;
      }
    },

    /** Main-thread time spent in tasks so far (Chromium's TaskDuration metric), in ms. */
    async busyMs() {
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    },

    /** Runs `run` on the page under the sampling CPU profiler; returns its result and the profile. */
    async profile(run) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      const result = await run(page);
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.send('Profiler.disable');
      return { result, profile };
    },

    /** Runs `run` on the page while Chromium traces `categories`; returns its result and the trace events. */
    async trace(run, categories) {
      const events = [];
      const collect = ({ value }) => events.push(...value);
      cdp.on('Tracing.dataCollected', collect);
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
      const result = await run(page);
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      return { result, events };
    },

    /** Live JS heap after a full garbage collection, in bytes. */
    async heapUsed() {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    },

    close: () => browser.close(),
  };
}
