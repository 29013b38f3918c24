// Added cost per page load at two revisions, load by load (issue 11): each revision is built in a worktree of its
// own (the checkout's build is left alone), each build gets its own headless browser with the same knowledge base
// imported, and the largest corpus pages are loaded in both in turn, each load ended as `npm run bench` ends it (the
// content script's first report, plus a short tail). The cost is the same figure the bench reports: Chromium's
// main-thread task time of the page's renderer, or Firefox's CPU time of the page's content process. Single loads
// swing by tens of ms on a shared machine; alternating builds puts both under the same swings, and the median of
// the per-page differences is the figure to read.
//   node scripts/cost-compare.mjs <base-revision> [head-revision, default HEAD]
//     [--entries N (generated entries beside the starter pack; 0, the default, for the starter pack alone)]
//     [--pages N] [--runs N] [--firefox]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBuildPair } from './bench/build-pair.mjs';
import { numberOption, positionals } from './bench/cli-args.mjs';
import { corpusBySize } from './bench/corpus-pages.mjs';
import { median } from './bench/stats.mjs';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const [base, head = 'HEAD'] = positionals(args);
if (!base)
  throw new Error(
    'Usage: node scripts/cost-compare.mjs <base> [head] [--entries N] [--pages N] [--runs N] [--firefox]',
  );
const ENTRIES = numberOption(args, '--entries', 0);
const PAGES = numberOption(args, '--pages', 12);
const RUNS = numberOption(args, '--runs', 5);
const firefox = args.includes('--firefox');
const log = (line) => process.stderr.write(`${line}\n`);

const { builds, pack, site, sides, close } = await openBuildPair(repo, {
  base,
  head,
  entries: ENTRIES,
  firefox,
});
const pages = (await corpusBySize()).slice(0, PAGES);
/** Per side, each page's costs in ms, and the loads whose first report never came. */
const costs = { base: new Map(), head: new Map() };
const silent = { base: 0, head: 0 };
try {
  for (let run = 0; run < RUNS; run++) {
    for (const { name } of pages) {
      for (const side of run % 2 ? ['head', 'base'] : ['base', 'head']) {
        const { costMs, reported } = await sides[side].load(`${site.url}corpus/${name}`);
        costs[side].set(name, [...(costs[side].get(name) ?? []), costMs]);
        if (!reported) silent[side]++;
      }
    }
    log(`run ${run + 1} of ${RUNS} done`);
  }
} finally {
  await close();
}

const fixed = (value) => value.toFixed(1);
const medianOf = (side, name) => median(costs[side].get(name));
console.log(
  `${firefox ? 'Firefox' : 'Chromium'}, ${pack.label} (${pack.entries.toLocaleString('en')} entries), ` +
    `base ${builds.base.sha.slice(0, 10)}, head ${builds.head.sha.slice(0, 10)}; ${RUNS} loads a page each`,
);
console.log('\n| Page | Cost, base (ms) | Cost, head (ms) | Head − base (ms) |');
console.log('| --- | --- | --- | --- |');
const differences = pages.map(({ name }) => medianOf('head', name) - medianOf('base', name));
for (const [i, { name }] of pages.entries()) {
  console.log(
    `| ${name} | ${fixed(medianOf('base', name))} | ${fixed(medianOf('head', name))} | ${fixed(differences[i])} |`,
  );
}
const [before, after] = ['base', 'head'].map((side) => pages.map(({ name }) => medianOf(side, name)));
console.log(
  `| **Median of pages** | **${fixed(median(before))}** | **${fixed(median(after))}** | ` +
    `**${fixed(median(differences))}** (median of differences; ${differences.filter((d) => d < 0).length} of ` +
    `${pages.length} pages cheaper) |`,
);
if (silent.base + silent.head > 0)
  console.log(`\nLoads whose first report never came: base ${silent.base}, head ${silent.head}`);
