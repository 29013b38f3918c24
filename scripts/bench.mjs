// Measures mention finding and highlighting in headless Chromium against a walk reading every character, mark.js
// and advanced-mark.js, then the built extension end to end in Chromium and Firefox, and writes BENCHMARKS.md
// (run `npm run build` and `npm run build:e2e` first; `npm run bench` does all three).
//   node scripts/bench.mjs           the full run: every corpus page, the generated 5 MB page, end to end
//   node scripts/bench.mjs --quick   a few pages, fewer runs, to try changes; writes tmp/bench-quick.md instead
//   node scripts/bench.mjs --report  writes BENCHMARKS.md again from the last full run's results, measuring nothing
// The raw numbers go to tmp/bench-results.json (tmp/bench-results-quick.json).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBrowser } from './bench/browser-session.mjs';
import { corpusBySize } from './bench/corpus-pages.mjs';
import { measureHeap, measureMarkKeywords, profileScan, traceScan } from './bench/diagnostics.mjs';
import { measureEndToEnd } from './bench/end-to-end.mjs';
import { harnessScripts } from './bench/harness-bundle.mjs';
import { knowledgeBases } from './bench/knowledge-bases.mjs';
import { loadNow, machineInfo } from './bench/machine-info.mjs';
import { measurePage } from './bench/measure-page.mjs';
import { writePageFixtures } from './bench/page-fixtures.mjs';
import { popoverTiming } from './bench/popover-timing.mjs';
import { measurePrivateHighlights } from './bench/private-highlights.mjs';
import { summaryLines } from './bench/summary.mjs';
import { writeReport } from './bench/write-report.mjs';
import { serve } from './serve.mjs';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const quick = process.argv.includes('--quick');
/** Where a run saves what it measured, and where `--report` reads a full run's back from. */
const resultsPath = (quickRun) => join(repo, `tmp/bench-results${quickRun ? '-quick' : ''}.json`);

if (process.argv.includes('--report')) {
  const saved = resultsPath(false);
  const results = JSON.parse(
    await readFile(saved, 'utf8').catch(() => {
      throw new Error(`No results in ${saved}: run the full bench first.`);
    }),
  );
  await writeReport(join(repo, 'BENCHMARKS.md'), results);
  console.log(`Wrote BENCHMARKS.md from ${saved} (measured ${results.date}).`);
  process.exit(0);
}

/**
 * Runs per measurement (the largest corpus pages get more, test fixtures under `tinyBytes` fewer) and how many
 * corpus pages count as "largest"; each run loads a page seven times (floor, ours and each library per base).
 */
const PLAN = quick
  ? { newsRuns: 1, largestRuns: 2, otherRuns: 1, tinyRuns: 1, tinyBytes: 10_000, largest: 3, others: 4 }
  : {
      newsRuns: 3,
      largestRuns: 4,
      otherRuns: 2,
      tinyRuns: 1,
      tinyBytes: 10_000,
      largest: 10,
      others: Infinity,
    };
const HEAP_RUNS = quick ? 1 : 3;
const CAP_MS = 60_000;

const log = (line) => process.stderr.write(`${line}\n`);

/** Corpus pages, largest first; in quick mode the largest few and a spread of the rest. */
async function corpusPages() {
  const pages = await corpusBySize();
  const rest = pages.slice(PLAN.largest);
  const step = Number.isFinite(PLAN.others) ? Math.max(1, Math.floor(rest.length / PLAN.others)) : 1;
  return [...pages.slice(0, PLAN.largest), ...rest.filter((_, i) => i % step === 0).slice(0, PLAN.others)];
}

const started = performance.now();
const kbs = await knowledgeBases(repo);
const [starter, big] = kbs;
const fixtures = await writePageFixtures({ starter: starter.texts, generated: big.texts });
const site = await serve(fixtures.dir);
const scripts = await harnessScripts();
const browser = await openBrowser({ origin: site.url, ...scripts });
try {
  const machine = await machineInfo(browser.version);
  log(`Chromium ${browser.version}; load average ${machine.loadStart.toFixed(2)}`);
  const heap = {};
  for (const kb of kbs) heap[kb.key] = await measureHeap(browser, site.url + fixtures.blank, kb, HEAP_RUNS);

  const common = { kbs, libraries: Object.keys(scripts.libraries), capMs: CAP_MS };
  const newsTarget = {
    name: 'generated news page',
    url: site.url + fixtures.news,
    bytes: fixtures.newsBytes,
  };
  log(`generated news page (${fixtures.newsBytes} bytes), ${PLAN.newsRuns} runs`);
  const news = await measurePage(browser, newsTarget, { ...common, runs: PLAN.newsRuns });

  const pages = await corpusPages();
  const corpus = [];
  for (const [i, { name, bytes }] of pages.entries()) {
    const runs =
      i < PLAN.largest ? PLAN.largestRuns : bytes < PLAN.tinyBytes ? PLAN.tinyRuns : PLAN.otherRuns;
    const elapsed = Math.round((performance.now() - started) / 1000);
    log(`[${i + 1}/${pages.length}] ${name} (${bytes} bytes), ${runs} runs, ${elapsed} s so far`);
    corpus.push(
      await measurePage(browser, { name, url: `${site.url}corpus/${name}`, bytes }, { ...common, runs }),
    );
  }
  const largest = pages[0]?.name ?? '';
  const keywords = await measureMarkKeywords(browser, `${site.url}corpus/${largest}`, starter, CAP_MS);
  log('profiling and tracing scans of the generated news page and the largest corpus page');
  const profile = await profileScan(browser, newsTarget.url, big, scripts.harness);
  const largestUrl = `${site.url}corpus/${largest}`;
  const profileLargest = {
    page: largest,
    ...(await profileScan(browser, largestUrl, big, scripts.harness)),
  };
  const trace = await traceScan(browser, newsTarget.url, big);
  log('popover open-to-rendered timing in Chromium and Firefox');
  const popover = await popoverTiming(repo);
  log('private highlights: page load and scroll, setting off and on');
  const privateHighlights = await measurePrivateHighlights(repo);
  log('end to end: the built extension in Chromium and Firefox');
  const e2e = await measureEndToEnd(repo, { quick, log });

  const results = {
    date: new Date().toISOString(),
    quick,
    plan: { ...PLAN, heapRuns: HEAP_RUNS, capMs: CAP_MS },
    machine: { ...machine, loadEnd: loadNow() },
    libraries: Object.fromEntries(
      Object.values(scripts.libraries).map(({ key, label, version }) => [key, { label, version }]),
    ),
    kbs: kbs.map(({ key, label, entries, aliases, regexp }) => ({
      key,
      label,
      entries,
      aliases,
      regexpChars: regexp.source.length,
      heap: heap[key],
    })),
    news,
    corpus,
    keywords: { page: largest, kb: starter.label, ...keywords },
    profile,
    profileLargest,
    trace,
    popover,
    privateHighlights,
    e2e,
    wallMs: performance.now() - started,
  };
  const target = quick ? join(repo, 'tmp/bench-quick.md') : join(repo, 'BENCHMARKS.md');
  await mkdir(join(repo, 'tmp'), { recursive: true });
  await writeFile(resultsPath(quick), JSON.stringify(results));
  await writeReport(target, results);
  for (const line of summaryLines(results)) console.log(line);
  console.log(`Wrote ${target} in ${(results.wallMs / 1000).toFixed(0)} s.`);
} finally {
  await browser.close();
  await site.close();
  await fixtures.remove();
}
