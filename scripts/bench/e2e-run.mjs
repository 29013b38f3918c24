/**
 * @typedef {import('./e2e-chromium.mjs').BrowserSide} BrowserSide
 * @typedef {import('./e2e-chromium.mjs').LoadSample} LoadSample
 * @typedef {import('./kb-packs.mjs').KbPack} KbPack
 * @typedef {{ name: string, url: string }} Target
 * @typedef {{ page: string, with: LoadSample[], without: LoadSample[] }} PageLoads
 * @typedef {{ key: string, label: string, entries: number, importMs: number, loads: PageLoads[],
 *   demo: { with: LoadSample[], without: LoadSample[] } }} KbRuns
 * @typedef {{ browser: string, version: string, cost: string, heap: string, kbs: KbRuns[] }} BrowserRuns
 */

/**
 * Runs the end-to-end plan in one browser, launched twice (`open(true)` with the built extension,
 * `open(false)` without): for each knowledge base, imports it, warms the background with one demo load, then
 * loads every page `loadRuns` times if the base is one of `loadKbs`, with and without the extension in turn (the
 * load without ends as long after `load` as its pair did, and a slow spell hits both), and the demo page
 * `demoRuns` times each way (watching for the first highlight and reading the heap once settled).
 * @param {(extension: boolean) => Promise<BrowserSide>} open
 * @param {{ packs: KbPack[], pages: Target[], demo: string, loadRuns: number, loadKbs: string[],
 *   demoRuns: number, log: (line: string) => void }} plan
 * @returns {Promise<BrowserRuns>}
 */
export async function runEndToEnd(open, { packs, pages, demo, loadRuns, loadKbs, demoRuns, log }) {
  const bare = await open(false);
  const extended = await open(true).catch(async (error) => {
    await bare.close();
    throw error;
  });
  try {
    /** @type {KbRuns[]} */
    const kbs = [];
    for (const pack of packs) {
      const started = performance.now();
      await extended.importKb(pack.texts);
      const importMs = performance.now() - started;
      log(`${extended.name}, ${pack.label}: imported in ${Math.round(importMs)} ms`);
      await extended.load(demo);
      const measured = loadKbs.includes(pack.key) ? pages : [];
      const loads = measured.map(({ name }) => ({ page: name, with: [], without: [] }));
      for (let run = 0; run < loadRuns; run++) {
        for (const [i, { url }] of measured.entries()) {
          const paired = await extended.load(url);
          loads[i]?.with.push(paired);
          loads[i]?.without.push(await bare.load(url, { afterLoadMs: paired.afterLoadMs }));
        }
      }
      const demoLoads = { with: [], without: [] };
      for (let run = 0; run < demoRuns; run++) {
        const paired = await extended.load(demo, { watch: true, heap: true });
        demoLoads.with.push(paired);
        demoLoads.without.push(await bare.load(demo, { heap: true, afterLoadMs: paired.afterLoadMs }));
      }
      kbs.push({ key: pack.key, label: pack.label, entries: pack.entries, importMs, loads, demo: demoLoads });
    }
    return {
      browser: extended.name,
      version: extended.version,
      cost: extended.cost,
      heap: extended.heap,
      kbs,
    };
  } finally {
    await extended.close();
    await bare.close();
  }
}
