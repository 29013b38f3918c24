/** How long a page gets after navigation to load and settle while the profiler runs. */
const SETTLE_MS = 3_000;

/** Self time in ms per key, from a CDP profile's samples. */
function selfTimes(profile, keyOf) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const times = new Map();
  profile.samples.forEach((id, at) => {
    const key = keyOf(byId.get(id).callFrame);
    if (key) times.set(key, (times.get(key) ?? 0) + (profile.timeDeltas[at] ?? 0) / 1000);
  });
  return times;
}

const ours = (frame) => frame.url.startsWith('chrome-extension://');

/**
 * Loads `url` in a new tab of `context` (a Chromium with the built extension) under the CDP sampling profiler
 * (100 µs) and returns the page's main-thread task time, our scripts' JavaScript self time, and that time per
 * function (`name:line`, or `name` alone with `byName`: lines differ between builds). Function names need an
 * unminified build (`FL_UNMINIFIED=1`).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {{ byName?: boolean }} [options]
 */
export async function profileLoad(context, url, { byName = false } = {}) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.start');
    await page.goto(url);
    await page.waitForTimeout(SETTLE_MS);
    const { profile } = await cdp.send('Profiler.stop');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const taskMs = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    const oursMs = selfTimes(profile, (frame) => (ours(frame) ? 'ours' : null)).get('ours') ?? 0;
    const byFunction = selfTimes(profile, (frame) => {
      if (!ours(frame)) return null;
      const name = frame.functionName || '(anonymous)';
      return byName ? name : `${name}:${frame.lineNumber}`;
    });
    return { taskMs, oursMs, byFunction };
  } finally {
    await page.close();
  }
}
