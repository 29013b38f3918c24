// The platform's floor on its own (issue 11): what a page load costs with no extension, with the platform-floor
// build (the same extension, its page script one line that sends one message), and with the extension as built
// (starter pack), load by load. The full bench measures the floor too, but always after the extension's own load
// and with 3 loads a page, so its floor swings by tens of ms between runs; here the order of the three turns with
// every page and run, and each page gets more loads. The cost is the bench's: Chromium's main-thread task time of
// the page's renderer, or Firefox's CPU time of the page's content process. Run `npm run build` first.
//   node scripts/floor-cost.mjs [--pages N] [--runs N] [--firefox]
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberOption } from './bench/cli-args.mjs';
import { corpusBySize } from './bench/corpus-pages.mjs';
import { chromiumSide } from './bench/e2e-chromium.mjs';
import { firefoxSide } from './bench/e2e-firefox.mjs';
import { floorBuild } from './bench/floor-build.mjs';
import { kbPacks } from './bench/kb-packs.mjs';
import { median } from './bench/stats.mjs';
import { serve } from './serve.mjs';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const PAGES = numberOption(args, '--pages', 12);
const RUNS = numberOption(args, '--runs', 6);
const firefox = args.includes('--firefox');
const KINDS = /** @type {const} */ (['none', 'floor', 'with']);
/** How long after `load` the loads without a report end before a page's first load with the extension has timed it. */
const FIRST_TAIL_MS = 1_000;

const copies = await mkdtemp(join(tmpdir(), 'fact-linker-floor-'));
const build = join(copies, firefox ? 'firefox-mv3' : 'chrome-mv3');
await cp(join(repo, '.output', firefox ? 'firefox-mv3' : 'chrome-mv3'), build, { recursive: true });
const dirs = { none: null, floor: await floorBuild(build, `${build}-floor`), with: build };
const open = firefox ? firefoxSide : chromiumSide;
const site = await serve();
/** Each kind's browser, filled as they open (closed in `finally`, however many opened). */
const sides =
  /** @type {Record<(typeof KINDS)[number], import('./bench/e2e-chromium.mjs').BrowserSide>} */ ({});
/** Per kind, each page's costs in ms. */
const costs = { none: new Map(), floor: new Map(), with: new Map() };
const pages = (await corpusBySize()).slice(0, PAGES).map(({ name }) => name);
try {
  for (const kind of KINDS) sides[kind] = await open(dirs[kind], { reports: kind === 'with' });
  const [starter] = await kbPacks(repo, []);
  await sides.with.importKb(starter.texts);
  await sides.with.load(site.url);
  /** Per page, how long after `load` its last load with the extension took to report and settle. */
  const tails = new Map();
  for (let run = 0; run < RUNS; run++) {
    for (const [i, name] of pages.entries()) {
      const url = `${site.url}corpus/${name}`;
      const turn = (run + i) % KINDS.length;
      for (const kind of [...KINDS.slice(turn), ...KINDS.slice(0, turn)]) {
        const options = kind === 'with' ? {} : { afterLoadMs: tails.get(name) ?? FIRST_TAIL_MS };
        const sample = await sides[kind].load(url, options);
        if (kind === 'with') tails.set(name, sample.afterLoadMs);
        costs[kind].set(name, [...(costs[kind].get(name) ?? []), sample.costMs]);
      }
    }
    process.stderr.write(`run ${run + 1} of ${RUNS} done\n`);
  }
} finally {
  await Promise.all(Object.values(sides).map((side) => side.close()));
  await site.close();
  await rm(copies, { recursive: true, force: true });
}

const cost = (kind, name) => median(costs[kind].get(name));
const added = (kind, over) => pages.map((name) => cost(kind, name) - cost(over, name));
const fixed = (value) => value.toFixed(1);
const [floor, ours, whole] = [added('floor', 'none'), added('with', 'floor'), added('with', 'none')];
console.log(
  `${firefox ? 'Firefox' : 'Chromium'}, starter pack, ${RUNS} loads a page each way, order turned every load`,
);
console.log('\n| Page | Without (ms) | Floor − without (ms) | With − floor (ms) | With − without (ms) |');
console.log('| --- | --- | --- | --- | --- |');
for (const [i, name] of pages.entries()) {
  console.log(
    `| ${name} | ${fixed(cost('none', name))} | ${fixed(floor[i])} | ${fixed(ours[i])} | ${fixed(whole[i])} |`,
  );
}
const dearer = (values) => `${values.filter((value) => value > 0).length} of ${pages.length} dearer`;
console.log(
  `| **Median of pages** | | **${fixed(median(floor))}** (${dearer(floor)}) | **${fixed(median(ours))}** ` +
    `(${dearer(ours)}) | **${fixed(median(whole))}** (${dearer(whole)}) |`,
);
