// Times the first highlight on the demo page in headless Chromium with 10,000 generated entries (plus the starter
// pack), from DOMContentLoaded, with the background warm and right after its service worker was stopped (as
// Chromium stops an idle one, through CDP): a stopped background must hand the page its matcher again. Run
// `npm run build` first. Prints the runs and their medians.
//   node scripts/bench-cold-start.mjs [--runs N]
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageTimes, watchFirstHighlight } from './bench/e2e-probes.mjs';
import { launchChromium, stopServiceWorkers } from './bench/extension-chromium.mjs';
import { importPackTexts, kbPacks } from './bench/kb-packs.mjs';
import { loadNow } from './bench/machine-info.mjs';
import { median } from './bench/stats.mjs';
import { serve } from './serve.mjs';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const at = process.argv.indexOf('--runs');
const RUNS = at > 0 ? Number(process.argv[at + 1]) : 4;

const site = await serve();
const run = await launchChromium(join(repo, '.output/chrome-mv3'));

/** Loads the demo page in a new tab: ms from DOMContentLoaded to the first highlight. */
async function firstHighlight() {
  const page = await run.context.newPage();
  await page.addInitScript(watchFirstHighlight);
  await page.goto(site.url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__firstHighlightAt !== undefined, null, { timeout: 20_000 });
  const times = await page.evaluate(pageTimes);
  await page.close();
  return times.firstHighlight - times.domContentLoaded;
}

try {
  const desk = await run.context.newPage();
  await desk.goto(`${run.origin}paint.html`);
  const [, large] = await kbPacks(repo, [10_000]);
  await desk.evaluate(importPackTexts, large.texts);
  const warm = [];
  const cold = [];
  for (let i = 0; i < RUNS; i++) {
    warm.push(await firstHighlight());
    await stopServiceWorkers(run.context, desk);
    cold.push(await firstHighlight());
    console.error(
      `run ${i + 1}: warm ${warm.at(-1).toFixed(0)} ms, after a stop ${cold.at(-1).toFixed(0)} ms`,
    );
  }
  const list = (values) => values.map((value) => value.toFixed(0)).join(', ');
  console.log(
    `Chromium ${run.version}, load average ${loadNow().toFixed(1)}, ${RUNS} runs (the first warm one follows the import)`,
  );
  console.log(`warm: ${list(warm)} ms; median of the later ${median(warm.slice(1)).toFixed(0)} ms`);
  console.log(`after a stop: ${list(cold)} ms; median ${median(cold).toFixed(0)} ms`);
} finally {
  await run.close();
  await site.close();
}
