// Our page script's JavaScript time per page load at two revisions, load by load (issue 11): each revision is
// built unminified in a worktree of its own (the checkout's build is left alone), each build gets its own headless
// Chromium, and the largest corpus pages are loaded in both in turn under the CDP sampling profiler. Single loads
// swing by tens of ms on a shared machine; alternating builds puts both under the same swings. Prints each page's
// medians, their median and mean over pages, and the functions whose time per load moved most.
//   node scripts/profile-compare.mjs <base-revision> [head-revision, default HEAD] [--pages N] [--runs N]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberOption, positionals } from './bench/cli-args.mjs';
import { corpusBySize } from './bench/corpus-pages.mjs';
import { launchChromium } from './bench/extension-chromium.mjs';
import { profileLoad } from './bench/load-profile.mjs';
import { median } from './bench/stats.mjs';
import { builtAt } from './bench/worktree.mjs';
import { CORPUS_DIR, serve } from './serve.mjs';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const [base, head = 'HEAD'] = positionals(args);
if (!base) throw new Error('Usage: node scripts/profile-compare.mjs <base> [head] [--pages N] [--runs N]');
const PAGES = numberOption(args, '--pages', 12);
const RUNS = numberOption(args, '--runs', 3);
const log = (line) => process.stderr.write(`${line}\n`);

const sides = {
  base: await builtAt(repo, base, { unminified: true }),
  head: await builtAt(repo, head, { unminified: true }),
};
const site = await serve(CORPUS_DIR);
const browsers = {
  base: await launchChromium(sides.base.output),
  head: await launchChromium(sides.head.output),
};
const pages = (await corpusBySize()).slice(0, PAGES);
/** Per side: each page's loads, and the self time per function summed over all loads. */
const results = {
  base: { loads: new Map(), functions: new Map() },
  head: { loads: new Map(), functions: new Map() },
};
try {
  for (let run = 0; run < RUNS; run++) {
    for (const { name } of pages) {
      for (const side of run % 2 ? ['head', 'base'] : ['base', 'head']) {
        const load = await profileLoad(browsers[side].context, `${site.url}${name}`, { byName: true });
        const { loads, functions } = results[side];
        loads.set(name, [...(loads.get(name) ?? []), load]);
        for (const [fn, ms] of load.byFunction) functions.set(fn, (functions.get(fn) ?? 0) + ms);
      }
      log(`run ${run + 1}: ${name}`);
    }
  }
} finally {
  await Promise.all([browsers.base.close(), browsers.head.close()]);
  await site.close();
}

const fixed = (value) => value.toFixed(1);
const medianOf = (side, name, field) => median(results[side].loads.get(name).map((load) => load[field]));
console.log(
  `base ${sides.base.sha.slice(0, 10)}, head ${sides.head.sha.slice(0, 10)}; ${RUNS} loads a page each`,
);
console.log('\n| Page | Our script, base (ms) | head (ms) | Page task time, base (ms) | head (ms) |');
console.log('| --- | --- | --- | --- | --- |');
for (const { name } of pages) {
  const cells = ['oursMs', 'taskMs'].flatMap((field) =>
    ['base', 'head'].map((s) => medianOf(s, name, field)),
  );
  console.log(`| ${name} | ${cells.map(fixed).join(' | ')} |`);
}
const pageMedians = (side) => pages.map(({ name }) => medianOf(side, name, 'oursMs'));
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
for (const [label, over] of [
  ['Median', median],
  ['Mean', mean],
]) {
  const [before, after] = ['base', 'head'].map((side) => fixed(over(pageMedians(side))));
  console.log(`| **${label} of pages** | **${before}** | **${after}** | | |`);
}

const loadsPerSide = pages.length * RUNS;
const perLoad = (side, fn) => (results[side].functions.get(fn) ?? 0) / loadsPerSide;
const moved = [...new Set([...results.base.functions.keys(), ...results.head.functions.keys()])]
  .map((fn) => [fn, perLoad('base', fn), perLoad('head', fn)])
  .sort((a, b) => Math.abs(b[2] - b[1]) - Math.abs(a[2] - a[1]))
  .slice(0, 15);
console.log('\n| Function (self time, mean per load) | base (ms) | head (ms) |');
console.log('| --- | --- | --- |');
for (const [fn, before, after] of moved)
  console.log(`| ${fn} | ${before.toFixed(2)} | ${after.toFixed(2)} |`);
