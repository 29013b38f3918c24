// Where one page load's JavaScript time goes in the page script (issue 11): loads a corpus page in headless
// Chromium with the built extension, samples the page's JavaScript with the CDP profiler (100 µs), and prints our
// script's self time per function next to the page's whole task time. Function names need an unminified build:
//   FL_UNMINIFIED=1 npx wxt build -b chrome && node scripts/profile-load.mjs [page.html] [runs]
// then `npm run build` again before anything else uses the build. To set two revisions side by side, load by
// load, use scripts/profile-compare.mjs.
import { fileURLToPath } from 'node:url';
import { launchChromium } from './bench/extension-chromium.mjs';
import { profileLoad } from './bench/load-profile.mjs';
import { CORPUS_DIR, serve } from './serve.mjs';

const [name = 'guardian-1.html', runs = '3'] = process.argv.slice(2);

const site = await serve(CORPUS_DIR);
const run = await launchChromium(fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url)));
try {
  for (let r = 0; r < Number(runs); r++) {
    const { taskMs, oursMs, byFunction } = await profileLoad(run.context, `${site.url}${name}`);
    console.log(
      `${name} run ${r + 1}: page task time ${taskMs.toFixed(0)} ms, our script ${oursMs.toFixed(1)} ms`,
    );
    const top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 12);
    for (const [key, ms] of top) console.log(`  ${ms.toFixed(1)} ms  ${key}`);
  }
} finally {
  await run.close();
  await site.close();
}
