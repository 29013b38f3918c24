// The built extension end to end, in Chromium and Firefox ESR (run `npm run build` first): added cost per page
// load against no extension and against the platform's floor (a page script that only sends one message), first
// highlight after DOMContentLoaded, and JS heap per tab, for the starter pack, 10k and 50k entries. scripts/bench.mjs runs it; alone:
//   node scripts/bench/end-to-end.mjs [--quick] [--chromium | --firefox]
// prints the markdown section and writes tmp/end-to-end.json (tmp/end-to-end-quick.json).
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../serve.mjs';
import { corpusBySize } from './corpus-pages.mjs';
import { chromiumSide } from './e2e-chromium.mjs';
import { firefoxSide } from './e2e-firefox.mjs';
import { endToEndMarkdown } from './e2e-report.mjs';
import { runEndToEnd } from './e2e-run.mjs';
import { floorBuild } from './floor-build.mjs';
import { kbPacks, PACK_SIZES } from './kb-packs.mjs';

/**
 * Largest corpus pages loaded, runs per page, the bases whose corpus loads are measured (the issue bounds the
 * added time per load for these two only; 50k is judged on the demo page), and demo-page loads per base.
 */
const PLANS = {
  full: { largest: 12, loadRuns: 3, loadKbs: ['starter', '10k'], demoRuns: 7 },
  quick: { largest: 3, loadRuns: 1, loadKbs: ['starter', '10k'], demoRuns: 2 },
};

/** Each browser, how it is driven, and which build it loads. */
const BROWSERS = [
  { key: 'chromium', side: chromiumSide, build: 'chrome-mv3' },
  { key: 'firefox', side: firefoxSide, build: 'firefox-mv3' },
];

/**
 * Runs the end-to-end plan in each browser named. The builds are copied first, so a rebuild during the run
 * cannot change what is measured halfway.
 * @param {string} repo
 * @param {{ quick?: boolean, browsers?: string[], log?: (line: string) => void }} options
 */
export async function measureEndToEnd(
  repo,
  { quick = false, browsers = ['chromium', 'firefox'], log = () => {} },
) {
  const plan = quick ? PLANS.quick : PLANS.full;
  const copies = await mkdtemp(join(tmpdir(), 'fact-linker-builds-'));
  const site = await serve();
  try {
    const packs = await kbPacks(repo, PACK_SIZES);
    const pages = (await corpusBySize())
      .slice(0, plan.largest)
      .map(({ name }) => ({ name, url: `${site.url}corpus/${name}` }));
    const runs = [];
    for (const { key, side, build } of BROWSERS.filter((b) => browsers.includes(b.key))) {
      const dir = join(copies, build);
      await cp(join(repo, '.output', build), dir, { recursive: true });
      const floor = await floorBuild(dir, join(copies, `${build}-floor`));
      log(
        `end to end in ${key}: ${pages.length} pages × ${plan.loadRuns} runs, demo page × ${plan.demoRuns}`,
      );
      const common = { ...plan, packs, pages, demo: site.url, log };
      const dirs = { with: dir, floor, none: null };
      runs.push(await runEndToEnd((kind) => side(dirs[kind], { reports: kind === 'with' }), common));
    }
    return { plan, pages: pages.map((page) => page.name), browsers: runs };
  } finally {
    await site.close();
    await rm(copies, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repo = resolve(fileURLToPath(import.meta.url), '../../..');
  const quick = process.argv.includes('--quick');
  const only = BROWSERS.map((b) => b.key).filter((key) => process.argv.includes(`--${key}`));
  const measured = await measureEndToEnd(repo, {
    quick,
    browsers: only.length > 0 ? only : undefined,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  await mkdir(join(repo, 'tmp'), { recursive: true });
  await writeFile(join(repo, `tmp/end-to-end${quick ? '-quick' : ''}.json`), JSON.stringify(measured));
  process.stdout.write(endToEndMarkdown(measured));
}
