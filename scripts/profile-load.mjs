// Where one page load's JavaScript time goes in the page script (issue 11): loads a corpus page in headless
// Chromium with the built extension, samples the page's JavaScript with the CDP profiler (100 µs), and prints our
// script's self time per function next to the page's whole task time. Function names need an unminified build:
//   FL_UNMINIFIED=1 npx wxt build -b chrome && node scripts/profile-load.mjs [page.html] [runs]
// then `npm run build` again before anything else uses the build.
import { fileURLToPath } from 'node:url';
import { launchChromium } from './bench/extension-chromium.mjs';
import { CORPUS_DIR, serve } from './serve.mjs';

const [name = 'guardian-1.html', runs = '3'] = process.argv.slice(2);
const SETTLE_MS = 3_000;

/** Self time in ms per key, from a CDP profile's samples. */
function selfTimes(profile, keyOf) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const times = new Map();
  profile.samples.forEach((id, at) => {
    const key = keyOf(byId.get(id).callFrame);
    if (key) times.set(key, (times.get(key) ?? 0) + (profile.timeDeltas[at] ?? 0) / 1000);
  });
  return [...times].sort((a, b) => b[1] - a[1]);
}

const ours = (frame) => frame.url.startsWith('chrome-extension://');
const site = await serve(CORPUS_DIR);
const run = await launchChromium(fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url)));
try {
  for (let r = 0; r < Number(runs); r++) {
    const page = await run.context.newPage();
    const cdp = await run.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.start');
    await page.goto(`${site.url}${name}`);
    await page.waitForTimeout(SETTLE_MS);
    const { profile } = await cdp.send('Profiler.stop');
    const metrics = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
    const total = selfTimes(profile, (frame) => (ours(frame) ? 'ours' : null))[0]?.[1] ?? 0;
    console.log(
      `${name} run ${r + 1}: page task time ${(metrics.TaskDuration * 1000).toFixed(0)} ms, our script ${total.toFixed(1)} ms`,
    );
    const top = selfTimes(profile, (frame) =>
      ours(frame) ? `${frame.functionName || '(anonymous)'}:${frame.lineNumber}` : null,
    );
    for (const [key, ms] of top.slice(0, 12)) console.log(`  ${ms.toFixed(1)} ms  ${key}`);
    await page.close();
  }
} finally {
  await run.close();
  await site.close();
}
