// What the "Hide highlights from pages" setting costs, in headless Chromium with the built extension (run
// `npm run build` first): main-thread task time of a page load and of scrolling, setting off versus on.
//   node scripts/bench/private-highlights.mjs   prints the markdown section and writes tmp/private-highlights.json
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../serve.mjs';
import { launchChromium, rendererMetrics } from './extension-chromium.mjs';

const RUNS = 5;
const SETTLE_MS = 2_500;
const SCROLL_STEPS = 40;
const PAGES = ['/', '/corpus/guardian-1.html', '/corpus/wikipedia-2.html', '/corpus/yahoo-1.html'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Page context: scrolls down one step per animation frame, then back to the top. */
function scrollThrough(steps) {
  return new Promise((done) => {
    let left = steps;
    const step = () => {
      if (left-- === 0) {
        window.scrollTo(0, 0);
        requestAnimationFrame(() => requestAnimationFrame(done));
        return;
      }
      window.scrollBy(0, 120);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

/** Measures every page `RUNS` times with the setting off and on, interleaved. */
export async function measurePrivateHighlights(repo) {
  const site = await serve();
  const chromium = await launchChromium(join(repo, '.output/chrome-mv3'));
  const { context, worker } = chromium;
  const setPrivate = (on) =>
    worker.evaluate((privateHighlights) => chrome.storage.local.set({ settings: { privateHighlights } }), on);
  const results = [];
  try {
    for (const path of PAGES) {
      const rows = { off: { load: [], scroll: [] }, on: { load: [], scroll: [] } };
      for (let run = 0; run < RUNS; run++) {
        for (const mode of ['off', 'on']) {
          await setPrivate(mode === 'on');
          const page = await context.newPage();
          const busy = (await rendererMetrics(context, page)).taskMs;
          const start = await busy();
          await page.goto(site.url.replace(/\/$/, '') + path, { waitUntil: 'load' });
          await sleep(SETTLE_MS);
          const loaded = await busy();
          await page.evaluate(scrollThrough, SCROLL_STEPS);
          const scrolled = await busy();
          rows[mode].load.push(loaded - start);
          rows[mode].scroll.push(scrolled - loaded);
          await page.close();
        }
      }
      results.push({
        path,
        off: { load: median(rows.off.load), scroll: median(rows.off.scroll) },
        on: { load: median(rows.on.load), scroll: median(rows.on.scroll) },
      });
    }
  } finally {
    await chromium.close();
    await site.close();
  }
  return { version: chromium.version, runs: RUNS, steps: SCROLL_STEPS, results };
}

/** The private-highlights section of BENCHMARKS.md. */
export function privateHighlightsMarkdown({ runs, steps, results }) {
  const rows = results.map(
    ({ path, off, on }) =>
      `| \`${path}\` | ${off.load.toFixed(0)} | ${on.load.toFixed(0)} | ${off.scroll.toFixed(0)} | ${on.scroll.toFixed(0)} |`,
  );
  return `## Private highlights: what hiding highlights from pages costs

Main-thread task time of the page (Chromium's TaskDuration for the page's own renderer, ms), medians of ${runs}
interleaved loads per setting, with the built extension and the starter pack: a page load followed by ${SETTLE_MS / 1000} s
of settling, then ${steps} scroll steps of 120 px, one per frame. With the setting on, the boxes are drawn in an extension
frame, whose own process is not counted here.

| Page | Load, off | Load, on | Scroll, off | Scroll, on |
| --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repo = resolve(fileURLToPath(import.meta.url), '../../..');
  const measured = await measurePrivateHighlights(repo);
  await mkdir(join(repo, 'tmp'), { recursive: true });
  await writeFile(join(repo, 'tmp/private-highlights.json'), JSON.stringify(measured, null, 2));
  process.stdout.write(privateHighlightsMarkdown(measured));
}
