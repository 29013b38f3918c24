/**
 * @typedef {import('./e2e-chromium.mjs').BrowserSide} BrowserSide
 * @typedef {import('./e2e-chromium.mjs').LoadSample} LoadSample
 * @typedef {import('./kb-packs.mjs').KbPack} KbPack
 * @typedef {{ name: string, url: string }} Target
 * @typedef {{ page: string, with: LoadSample[], floor: LoadSample[], without: LoadSample[] }} PageLoads
 * @typedef {{ key: string, label: string, entries: number, importMs: number, loads: PageLoads[],
 *   demo: { with: LoadSample[], floor: LoadSample[], without: LoadSample[] } }} KbRuns
 * @typedef {{ browser: string, version: string, cost: string, heap: string, kbs: KbRuns[] }} BrowserRuns
 */

/**
 * Runs the end-to-end plan in one browser, launched three times (`open('with')` with the built extension,
 * `open('floor')` with the platform-floor build whose page script only sends one message, `open('none')`
 * without): for each knowledge base, imports it, warms the background with one demo load, then loads every page
 * `loadRuns` times if the base is one of `loadKbs`, with the extension, with the floor and without in turn (the
 * last two end as long after `load` as their pair did, and a slow spell hits all three), and the demo page
 * `demoRuns` times each way (watching for the first highlight and reading the heap once settled).
 * @param {(kind: 'with' | 'floor' | 'none') => Promise<BrowserSide>} open
 * @param {{ packs: KbPack[], pages: Target[], demo: string, loadRuns: number, loadKbs: string[],
 *   demoRuns: number, log: (line: string) => void }} plan
 * @returns {Promise<BrowserRuns>}
 */
export async function runEndToEnd(open, { packs, pages, demo, loadRuns, loadKbs, demoRuns, log }) {
  /** @type {BrowserSide[]} */
  const opened = [];
  const closeAll = () => Promise.all(opened.map((side) => side.close()));
  for (const kind of /** @type {const} */ (['none', 'floor', 'with'])) {
    opened.push(
      await open(kind).catch(async (error) => {
        await closeAll();
        throw error;
      }),
    );
  }
  const [bare, floor, extended] = /** @type {[BrowserSide, BrowserSide, BrowserSide]} */ (opened);
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
      const loads = measured.map(({ name }) => ({ page: name, with: [], floor: [], without: [] }));
      for (let run = 0; run < loadRuns; run++) {
        for (const [i, { url }] of measured.entries()) {
          const paired = await extended.load(url);
          const { afterLoadMs } = paired;
          loads[i]?.with.push(paired);
          loads[i]?.floor.push(await floor.load(url, { afterLoadMs }));
          loads[i]?.without.push(await bare.load(url, { afterLoadMs }));
        }
      }
      const demoLoads = { with: [], floor: [], without: [] };
      for (let run = 0; run < demoRuns; run++) {
        const paired = await extended.load(demo, { watch: true, heap: true });
        const { afterLoadMs } = paired;
        demoLoads.with.push(paired);
        demoLoads.floor.push(await floor.load(demo, { heap: true, afterLoadMs }));
        demoLoads.without.push(await bare.load(demo, { heap: true, afterLoadMs }));
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
    await closeAll();
  }
}
