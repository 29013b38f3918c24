// First highlight on the demo page at two revisions, load by load (issue 11): each revision is built in a worktree
// of its own (the checkout's build is left alone), each build gets its own browser with the same knowledge base
// imported, and the demo page is loaded in both in turn; the time is from DOMContentLoaded to the first frame that
// holds a highlight, as `npm run bench` measures it. Alternating builds puts both under the same swings of a
// shared machine. The first load of each build (after its import) is a warm-up and not counted.
//   node scripts/first-highlight-compare.mjs <base-revision> [head-revision, default HEAD]
//     [--entries N (generated entries beside the starter pack; 0 for the starter pack alone, default 50000)]
//     [--runs N] [--firefox]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBuildPair } from './bench/build-pair.mjs';
import { numberOption, positionals } from './bench/cli-args.mjs';
import { median } from './bench/stats.mjs';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const [base, head = 'HEAD'] = positionals(args);
if (!base)
  throw new Error('Usage: node scripts/first-highlight-compare.mjs <base> [head] [--entries N] [--runs N]');
const ENTRIES = numberOption(args, '--entries', 50_000);
const RUNS = numberOption(args, '--runs', 7);
const firefox = args.includes('--firefox');
const log = (line) => process.stderr.write(`${line}\n`);

const { builds, pack, site, sides, close } = await openBuildPair(repo, {
  base,
  head,
  entries: ENTRIES,
  firefox,
});
const times = { base: [], head: [] };
/** One load of the demo page: ms from DOMContentLoaded to the first highlight. */
const once = async (side) => {
  const { firstHighlight, domContentLoaded } = await sides[side].load(site.url, { watch: true });
  if (firstHighlight === null) throw new Error(`no highlight on the demo page (${side})`);
  return firstHighlight - domContentLoaded;
};
try {
  for (let run = 0; run < RUNS; run++) {
    for (const side of run % 2 ? ['head', 'base'] : ['base', 'head']) times[side].push(await once(side));
    log(`run ${run + 1}: base ${times.base.at(-1).toFixed(0)} ms, head ${times.head.at(-1).toFixed(0)} ms`);
  }
} finally {
  await close();
}

console.log(
  `${firefox ? 'Firefox' : 'Chromium'}, ${pack.label} (${pack.entries.toLocaleString('en')} entries), ${RUNS} loads each`,
);
for (const side of ['base', 'head']) {
  const list = times[side].map((ms) => ms.toFixed(0)).join(', ');
  console.log(
    `${side} ${builds[side].sha.slice(0, 10)}: median ${median(times[side]).toFixed(0)} ms (${list})`,
  );
}
