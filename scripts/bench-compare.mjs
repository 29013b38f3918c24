// Times our scan at two revisions in the same headless Chromium, interleaved, so a change's cost to matching is
// measured against the code before it rather than against numbers from another day and another load:
//   node scripts/bench-compare.mjs <base-revision> [--pages N] [--runs N]
// The base revision is checked out into a git worktree in the system's temporary folder; both sides run this checkout's bench harness
// (scripts/bench/page-harness.ts) over their own utils/, each with its own starter pack, and with the same 10,000
// generated entries on top for the large base. Each page's figure is the fastest of its interleaved runs, as a
// shared machine's load only ever adds time. Needs `npm run build` (the manifest CSS). Writes its tables into
// BENCHMARKS.md (a section a full `npm run bench` keeps) and prints them.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBrowser } from './bench/browser-session.mjs';
import { numberOption, positionals } from './bench/cli-args.mjs';
import { corpusBySize } from './bench/corpus-pages.mjs';
import { harnessScripts } from './bench/harness-bundle.mjs';
import { writeKeptSection } from './bench/kept-section.mjs';
import { knowledgeBasesOf } from './bench/knowledge-bases.mjs';
import { loadNow, machineInfo } from './bench/machine-info.mjs';
import { median, ms, times } from './bench/stats.mjs';
import { worktree } from './bench/worktree.mjs';

const fastest = (values) => Math.min(...values);

import { serve } from './serve.mjs';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const base = positionals(args)[0];
if (!base) throw new Error('Usage: node scripts/bench-compare.mjs <base-revision> [--pages N] [--runs N]');
const PAGES = numberOption(args, '--pages', 30);
const RUNS = numberOption(args, '--runs', 3);
const log = (line) => process.stderr.write(`${line}\n`);

/** The largest pages (where cost shows) and an even spread of the rest, `count` in all. */
async function pages(count) {
  const all = await corpusBySize();
  const largest = all.slice(0, Math.ceil(count / 3));
  const rest = all.slice(largest.length);
  const step = Math.max(1, Math.floor(rest.length / (count - largest.length)));
  return [...largest, ...rest.filter((_, i) => i % step === 0).slice(0, count - largest.length)];
}

/** One fresh load with `side`'s harness: the floor, then compile and scan with `kb`. */
async function measure(browser, url, side, kb) {
  const page = await browser.load(url, { library: side });
  const floor = await page.evaluate(() => window.__bench.floor());
  await page.evaluate(kb.setKb);
  const compiled = await page.evaluate(() => window.__bench.compile());
  const scan = await page.evaluate(() => window.__bench.scan());
  return { floorMs: floor.ms, compileMs: compiled.ms, workMs: scan.workMs, mentions: scan.mentions };
}

const { sha, dir } = await worktree(repo, base);
const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
const [ours, theirs] = await Promise.all([harnessScripts(), harnessScripts({ root: dir })]);
const kbs = {
  head: knowledgeBasesOf(JSON.parse(await readFile(join(repo, 'public/starter-pack.json'), 'utf8'))),
  base: knowledgeBasesOf(JSON.parse(await readFile(join(dir, 'public/starter-pack.json'), 'utf8'))),
};
const site = await serve(repo);
const browser = await openBrowser({
  origin: site.url,
  harness: '',
  libraries: { head: { source: ours.harness }, base: { source: theirs.harness } },
  css: ours.css,
});
const rows = [];
try {
  const machine = await machineInfo(browser.version);
  log(
    `Chromium ${browser.version}; ${head} against ${sha.slice(0, 10)}; load ${machine.loadStart.toFixed(2)}`,
  );
  for (const { name, bytes } of await pages(PAGES)) {
    const url = `${site.url}corpus/${encodeURIComponent(name)}`;
    const row = { name, bytes };
    for (const k of [0, 1]) {
      const runs = { head: [], base: [] };
      for (let run = 0; run < RUNS; run++) {
        for (const side of run % 2 ? ['base', 'head'] : ['head', 'base']) {
          const result = await browser.bounded(() => measure(browser, url, side, kbs[side][k]), 60_000);
          if (result) runs[side].push(result);
        }
      }
      row[kbs.head[k].key] = runs;
    }
    rows.push(row);
    log(`${name}: done`);
  }
  const ratio = (row, key, field) =>
    fastest(row[key].head.map((r) => r[field])) / fastest(row[key].base.map((r) => r[field]));
  const lines = [
    `Chromium ${browser.version}, ${machine.cpu}; load ${machine.loadStart.toFixed(2)} at start; ` +
      `${rows.length} corpus pages, fastest of ${RUNS} interleaved runs each; head ${head}, base ${sha.slice(0, 10)}.`,
    '',
    '| base | scan, head ÷ base (median page) | head scan ÷ floor | base scan ÷ floor | compile, head ÷ base |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const kb of kbs.head) {
    const over = (side) =>
      median(rows.map((row) => fastest(row[kb.key][side].map((r) => r.workMs / r.floorMs))));
    lines.push(
      `| ${kb.label} | ${times(median(rows.map((row) => ratio(row, kb.key, 'workMs'))))} | ${times(over('head'))} | ` +
        `${times(over('base'))} | ${times(median(rows.map((row) => ratio(row, kb.key, 'compileMs'))))} |`,
    );
  }
  lines.push(
    '',
    `Load average ${loadNow().toFixed(2)} at the end. Single pages swing with the machine's load; the medians over ` +
      'pages are the figures to read. The first ten pages:',
    '',
    '| page | KB | head scan ms | base scan ms | head mentions | base mentions |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const row of rows.slice(0, 10)) {
    for (const kb of kbs.head) {
      const side = (s, f) => fastest(row[kb.key][s].map((r) => r[f]));
      lines.push(
        `| ${row.name} | ${kb.key} | ${ms(side('head', 'workMs'))} | ${ms(side('base', 'workMs'))} | ` +
          `${side('head', 'mentions')} | ${side('base', 'mentions')} |`,
      );
    }
  }
  const body = [
    `## Matching before and after (\`node scripts/bench-compare.mjs ${base}\`)`,
    '',
    ...lines,
  ].join('\n');
  await writeKeptSection(join(repo, 'BENCHMARKS.md'), 'bench-compare', body);
  process.stdout.write(`${body}\n`);
} finally {
  await browser.close();
  await site.close();
}
