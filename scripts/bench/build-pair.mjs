import { serve } from '../serve.mjs';
import { chromiumSide } from './e2e-chromium.mjs';
import { firefoxSide } from './e2e-firefox.mjs';
import { kbPacks } from './kb-packs.mjs';
import { builtAt } from './worktree.mjs';

/**
 * @typedef {import('./e2e-chromium.mjs').BrowserSide} BrowserSide
 * @typedef {{ builds: Record<'base' | 'head', { sha: string, output: string }>,
 *   pack: import('./kb-packs.mjs').KbPack, site: { url: string }, sides: Record<'base' | 'head', BrowserSide>,
 *   close(): Promise<void> }} BuildPair
 */

/**
 * Two revisions set side by side, for the scripts that load them in turn (first-highlight-compare, cost-compare):
 * each built in a worktree of its own (the checkout's build is left alone) and opened in a browser of its own with
 * the same knowledge base imported (`entries` generated beside the starter pack; 0 for the starter pack alone), the
 * demo page served, and one warm-up load of it each, which may come before the background has compiled the import:
 * not timed.
 * @param {string} repo
 * @param {{ base: string, head: string, entries: number, firefox: boolean }} options
 * @returns {Promise<BuildPair>}
 */
export async function openBuildPair(repo, { base, head, entries, firefox }) {
  const builds = {
    base: await builtAt(repo, base, { firefox }),
    head: await builtAt(repo, head, { firefox }),
  };
  const [starter, generated] = await kbPacks(repo, entries ? [entries] : []);
  const pack = generated ?? starter;
  const site = await serve();
  const open = firefox ? firefoxSide : chromiumSide;
  /** @type {Partial<Record<'base' | 'head', BrowserSide>>} */
  const sides = {};
  const close = async () => {
    await Promise.all(Object.values(sides).map((side) => side.close()));
    await site.close();
  };
  try {
    for (const side of /** @type {const} */ (['base', 'head'])) {
      const opened = await open(builds[side].output);
      sides[side] = opened;
      await opened.importKb(pack.texts);
      await opened.load(site.url, { watch: true });
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { builds, pack, site, sides: /** @type {Record<'base' | 'head', BrowserSide>} */ (sides), close };
}
