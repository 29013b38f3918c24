// Times the dossier in headless Chromium at the scale issue 14 names (10,000 entries, 50,000 facts, 20,000
// stances), IndexedDB reads included: the built extension imports the generated records through the staged calls,
// then the dossier page is opened several times; each run reports, from the page's own clock, when the first
// timeline row and the first matrix cell were on screen. Run `npm run build` first. Prints a Markdown table.
//   node scripts/bench-dossier.mjs [--runs N]
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dossierPackTexts } from './bench/dossier-pack.mjs';
import { launchChromium } from './bench/extension-chromium.mjs';
import { importPackTexts } from './bench/kb-packs.mjs';
import { loadNow } from './bench/machine-info.mjs';
import { median } from './bench/stats.mjs';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const at = process.argv.indexOf('--runs');
const RUNS = at > 0 ? Number(process.argv[at + 1]) : 5;
const SIZE = { entries: 10_000, facts: 50_000, stances: 20_000 };

/** Dossier page: resolves with the page clock (ms since navigation) once `selector` matches. */
function shownAt(selector) {
  return new Promise((resolve) => {
    const check = () =>
      document.querySelector(selector) ? resolve(performance.now()) : requestAnimationFrame(check);
    check();
  });
}

const run = await launchChromium(join(repo, '.output/chrome-mv3'));
try {
  const desk = await run.context.newPage();
  await desk.goto(`${run.origin}paint.html`);
  const started = performance.now();
  await desk.evaluate(importPackTexts, dossierPackTexts(SIZE));
  console.error(`imported in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await run.context.newPage();
    await page.goto(`${run.origin}dossier.html`);
    const timeline = await page.evaluate(shownAt, '.fl-timeline li');
    const before = await page.evaluate(() => performance.now());
    await page.evaluate(() => {
      location.hash = '#matrix';
    });
    const matrix = (await page.evaluate(shownAt, '.fl-matrix-cell')) - before;
    samples.push({ timeline, matrix });
    console.error(`run ${i + 1}: timeline ${timeline.toFixed(0)} ms, matrix ${matrix.toFixed(0)} ms`);
    await page.close();
  }
  const first = samples[0];
  const rest = samples.slice(1);
  console.log(`Chromium ${run.version}, load average ${loadNow().toFixed(1)}, ${RUNS} runs`);
  console.log('| | first open | later opens (median) |');
  console.log('|---|---|---|');
  console.log(
    `| first timeline row, from navigation | ${first.timeline.toFixed(0)} ms | ${median(rest.map((s) => s.timeline)).toFixed(0)} ms |`,
  );
  console.log(
    `| first matrix cell, from the switch | ${first.matrix.toFixed(0)} ms | ${median(rest.map((s) => s.matrix)).toFixed(0)} ms |`,
  );
} finally {
  await run.close();
}
