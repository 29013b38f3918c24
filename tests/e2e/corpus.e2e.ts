import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import type { BrowserName } from './browsers';
import { readDomVerdict, readSweep, sweepHighlights } from './corpus-probe';
import { type CorpusTab, openCorpusTab } from './corpus-tab';
import { HIGHLIGHT_NAMES } from './probes';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = resolve(repo, '../shared/corpus');
const OUTPUT = join(repo, 'tmp/corpus-highlights.json');
const PAGES = readdirSync(CORPUS)
  .filter((file) => file.endsWith('.html'))
  .sort();
/** The scan counts as finished once the swept highlights have not changed for this long… */
const STABLE_MS = 500;
/** …or, on a page that keeps changing them, after this long. */
const SETTLE_CAP_MS = 10_000;

/** What one page showed: family → highlighted text → count, and how long the scan took to settle. */
interface PageHighlights {
  highlights: Record<string, Record<string, number>>;
  settleMs: number;
}

/** One browser's run, as written to tmp/corpus-highlights.json for docs/corpus-review.md. */
interface BrowserRun {
  userAgent: string;
  wallMs: number;
  pages: Record<string, PageHighlights>;
  failures: string[];
}

const runs: Partial<Record<BrowserName, BrowserRun>> = {};

/** Sweeps the page's highlights until they hold still for STABLE_MS; returns how long that took. */
async function settle(tab: CorpusTab): Promise<number> {
  const start = Date.now();
  let last = -1;
  let since = start;
  while (Date.now() - since < STABLE_MS && Date.now() - start < SETTLE_CAP_MS) {
    const size = await tab.page.evaluate(sweepHighlights, HIGHLIGHT_NAMES);
    if (size !== last) [last, since] = [size, Date.now()];
    await new Promise((done) => setTimeout(done, 100));
  }
  return Date.now() - start;
}

/** Loads one corpus page and returns its highlights, or the list of what went wrong on it. */
async function checkPage(tab: CorpusTab, url: string): Promise<PageHighlights | string[]> {
  tab.takeProblems();
  await tab.goto(url);
  const settleMs = await settle(tab);
  const highlights = await tab.page.evaluate(readSweep, null);
  const verdict = await tab.page.evaluate(readDomVerdict, null);
  const problems = tab.takeProblems();
  if (settleMs >= SETTLE_CAP_MS) problems.push(`highlights still changing after ${SETTLE_CAP_MS} ms`);
  if (!verdict) problems.push('the DOM watch did not start at DOMContentLoaded');
  else {
    problems.push(...verdict.mutations.map((mutation) => `DOM mutation: ${mutation}`));
    if (verdict.htmlDiff) problems.push(`HTML changed ${verdict.htmlDiff}`);
  }
  return problems.length > 0 ? problems : { highlights, settleMs };
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  let site: Awaited<ReturnType<typeof serve>>;
  let tab: CorpusTab;

  beforeAll(async () => {
    site = await serve();
    tab = await openCorpusTab(name, new URL(site.url).origin);
  });
  afterAll(async () => {
    await tab?.close();
    await site?.close();
  });

  it(`scans all ${PAGES.length} corpus pages without an error or a change to their DOM`, async () => {
    const start = Date.now();
    const run: BrowserRun = { userAgent: '', wallMs: 0, pages: {}, failures: [] };
    runs[name] = run;
    for (const file of PAGES) {
      const result = await checkPage(tab, `${site.url}corpus/${file}`).catch((error: Error) => [
        `did not load or settle: ${error.message.split('\n')[0]}`,
      ]);
      if (Array.isArray(result)) run.failures.push(...result.map((problem) => `${file}: ${problem}`));
      else run.pages[file] = result;
    }
    run.userAgent = await tab.page.evaluate(() => navigator.userAgent, null);
    run.wallMs = Date.now() - start;
    console.info(`${name}: ${PAGES.length} corpus pages in ${(run.wallMs / 1000).toFixed(1)} s`);
    expect(PAGES.length, `corpus pages in ${CORPUS}`).toBeGreaterThan(100);
    expect(run.failures).toEqual([]);
  }, 420_000);
});

afterAll(async () => {
  const machine = {
    host: hostname(),
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '?',
    node: process.version,
  };
  await mkdir(dirname(OUTPUT), { recursive: true });
  await writeFile(OUTPUT, `${JSON.stringify({ date: new Date().toISOString(), machine, runs }, null, 2)}\n`);
});
