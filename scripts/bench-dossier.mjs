// Times the dossier in headless Chromium at the scale issue 14 names (10,000 entries, 50,000 facts, 20,000
// stances), IndexedDB reads included: the built extension imports the generated records through the staged calls,
// then the dossier page is opened several times; each run reports, from the page's own clock, when the first
// timeline row and the first matrix cell were on screen; then, as many times each, opens it right after a one-entry
// write, 5 s after one, and after the service worker is stopped (as the browser stops an idle one). Later columns
// are medians. Run `npm run build` first. Prints a Markdown table.
//   node scripts/bench-dossier.mjs [--runs N]
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dossierPackTexts } from './bench/dossier-pack.mjs';
import { launchChromium, stopServiceWorkers } from './bench/extension-chromium.mjs';
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

/** Extension page: saves one new entry through the editor's call, the smallest write a reader makes. */
async function saveOneEntry(id) {
  const api = /** @type {any} */ (globalThis).chrome;
  const entry = {
    id,
    kind: 'person',
    name: `Bench ${id}`,
    aliases: [],
    role: '',
    affiliation: null,
    summary: '',
  };
  const draft = { entry: { ...entry, caveat: '', links: [], tags: [], createdAt: 0, updatedAt: 0, rev: 0 } };
  const payload = {
    draft: { ...draft, facts: [], stances: [] },
    expectedRev: null,
    loaded: { facts: [], stances: [] },
  };
  const reply = await api.runtime.sendMessage({ type: 'kb.saveDraft', payload });
  if (!reply?.ok) throw new Error(`kb.saveDraft failed: ${JSON.stringify(reply)}`);
}

/** Opens the dossier, then its matrix once the first timeline row shows: both times, from the page's clock. */
async function openDossier() {
  const page = await run.context.newPage();
  await page.goto(`${run.origin}dossier.html`);
  const timeline = await page.evaluate(shownAt, '.fl-timeline li');
  const before = await page.evaluate(() => performance.now());
  await page.evaluate(() => {
    location.hash = '#matrix';
  });
  const matrix = (await page.evaluate(shownAt, '.fl-matrix-cell')) - before;
  await page.close();
  return { timeline, matrix };
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
    samples.push(await openDossier());
    const { timeline, matrix } = samples.at(-1);
    console.error(`run ${i + 1}: timeline ${timeline.toFixed(0)} ms, matrix ${matrix.toFixed(0)} ms`);
  }
  /** Opens after a write at once, after a write and a pause, and after the background restarts, `RUNS` times each. */
  const after = { now: [], paused: [], restarted: [] };
  for (let i = 0; i < RUNS; i++) {
    await desk.evaluate(saveOneEntry, `now-${i}`);
    after.now.push(await openDossier());
    await desk.evaluate(saveOneEntry, `paused-${i}`);
    await new Promise((resolve) => setTimeout(resolve, 5000));
    after.paused.push(await openDossier());
    await stopServiceWorkers(run.context, desk);
    after.restarted.push(await openDossier());
    console.error(
      `after writes ${i + 1}: ${JSON.stringify(Object.values(after).map((list) => list.at(-1)))}`,
    );
  }
  const ms = (value) => `${value.toFixed(0)} ms`;
  const medianOf = (list, key) => ms(median(list.map((sample) => sample[key])));
  const rest = samples.slice(1);
  console.log(`Chromium ${run.version}, load average ${loadNow().toFixed(1)}, ${RUNS} runs`);
  console.log(
    '| | first open after the import | later opens | right after a write | 5 s after a write | after a restart |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const [label, key] of [
    ['first timeline row, from navigation', 'timeline'],
    ['first matrix cell, from the switch', 'matrix'],
  ]) {
    const cells = [
      ms(samples[0][key]),
      medianOf(rest, key),
      ...Object.values(after).map((list) => medianOf(list, key)),
    ];
    console.log(`| ${label} | ${cells.join(' | ')} |`);
  }
} finally {
  await run.close();
}
