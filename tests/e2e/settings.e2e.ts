import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { type BrowserName, type ExtensionBrowser, launchBrowser } from './browsers';
import type { PageHandle } from './page-handle';
import { HIGHLIGHT_NAMES, readHighlights } from './probes';

/** Writes settings into extension storage from an extension page, as the popup does. */
async function storeSettings(settings: Record<string, unknown>): Promise<void> {
  type StorageApi = { storage: { local: { set(items: object): Promise<void> } } };
  const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
  const api = scope.browser ?? scope.chrome;
  await api.storage.local.set({ settings });
}

async function highlightCount(page: PageHandle): Promise<number> {
  return (await page.evaluate(readHighlights, HIGHLIGHT_NAMES)).length;
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s settings', (name) => {
  let site: Awaited<ReturnType<typeof serve>>;
  let ext: ExtensionBrowser;
  let popup: PageHandle;
  let demo: PageHandle;

  beforeAll(async () => {
    site = await serve();
    ext = await launchBrowser(name);
    popup = await ext.openExtensionPage('popup.html');
    demo = await ext.openPage(site.url);
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('clears every highlight within a second of a global pause, and brings them back', async () => {
    await expect.poll(() => highlightCount(demo), { timeout: 15_000 }).toBeGreaterThan(5);
    const before = await highlightCount(demo);
    await popup.evaluate(storeSettings, { paused: true });
    await expect.poll(() => highlightCount(demo), { timeout: 1_000 }).toBe(0);
    await popup.evaluate(storeSettings, { paused: false });
    await expect.poll(() => highlightCount(demo), { timeout: 3_000 }).toBe(before);
  });

  it('honours the switch for this site only', async () => {
    const host = new URL(site.url).hostname;
    await popup.evaluate(storeSettings, { disabledSites: ['news.example'] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await highlightCount(demo)).toBeGreaterThan(0);
    await popup.evaluate(storeSettings, { disabledSites: [host] });
    await expect.poll(() => highlightCount(demo), { timeout: 1_000 }).toBe(0);
    await popup.evaluate(storeSettings, {});
    await expect.poll(() => highlightCount(demo), { timeout: 3_000 }).toBeGreaterThan(0);
  });
});
