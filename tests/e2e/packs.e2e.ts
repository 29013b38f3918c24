import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { type BrowserName, type ExtensionBrowser, launchBrowser } from './browsers';
import type { PageHandle } from './page-handle';
import { highlighted, run } from './popup-steps';

const ENVOYS_PAGE = fileURLToPath(new URL('./envoys-page', import.meta.url));
const PACK_TITLE = 'Ukraine peace process 2025–2026';

/** Popup page: clicks the on/off switch of the installed pack titled `title`. */
function toggle(title: string): void {
  const item = [...document.querySelectorAll('.fl-pack')].find(
    (pack) => pack.querySelector('.fl-pack-title')?.textContent?.trim() === title,
  );
  const box = item?.querySelector<HTMLInputElement>('input[role="switch"]');
  if (!box) throw new Error(`No switch for ${title}`);
  box.click();
}

/** Popup page: whether the installed pack titled `title` is listed and on. */
function packState(title: string): 'on' | 'off' | 'missing' {
  const item = [...document.querySelectorAll('.fl-pack')].find(
    (pack) =>
      pack.querySelector('.fl-pack-title')?.textContent?.trim() === title &&
      pack.querySelector('[role="switch"]'),
  );
  const box = item?.querySelector<HTMLInputElement>('input[role="switch"]');
  return !box ? 'missing' : box.checked ? 'on' : 'off';
}

const witkoffShown = async (page: PageHandle) => (await highlighted(page)).includes('Witkoff');

describe.each<BrowserName>(['chromium', 'firefox'])('%s packs', (name) => {
  let site: Awaited<ReturnType<typeof serve>>;
  let ext: ExtensionBrowser;
  let popup: PageHandle;
  let article: PageHandle;

  beforeAll(async () => {
    site = await serve(ENVOYS_PAGE);
    ext = await launchBrowser(name);
    popup = await ext.openExtensionPage('popup.html?view=tab');
    article = await ext.openPage(site.url);
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('installs the bundled 2025–2026 pack in one click, and its names light up on an open page', async () => {
    await expect.poll(() => highlighted(article), { timeout: 15_000 }).toContain('Emmanuel Macron');
    expect(await witkoffShown(article)).toBe(false);
    await run(popup, { click: 'Packs' }, { click: 'Install' });
    await expect.poll(() => popup.evaluate(packState, PACK_TITLE), { timeout: 10_000 }).toBe('on');
    await expect.poll(() => witkoffShown(article), { timeout: 10_000 }).toBe(true);
  });

  it('hides a turned-off pack from the page without deleting it, and brings it back', async () => {
    await popup.evaluate(toggle, PACK_TITLE);
    await expect.poll(() => popup.evaluate(packState, PACK_TITLE), { timeout: 10_000 }).toBe('off');
    await expect.poll(() => witkoffShown(article), { timeout: 10_000 }).toBe(false);
    expect(await highlighted(article)).toContain('Macron');
    await popup.evaluate(toggle, PACK_TITLE);
    await expect.poll(() => witkoffShown(article), { timeout: 10_000 }).toBe(true);
  });
});
