import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { type BrowserName, type ExtensionBrowser, launchBrowser } from './browsers';
import type { PageHandle } from './page-handle';
import { storeSettings } from './popover-kb';
import { HIGHLIGHT_NAMES, readHighlights } from './probes';

async function highlightCount(page: PageHandle): Promise<number> {
  return (await page.evaluate(readHighlights, HIGHLIGHT_NAMES)).length;
}

/**
 * The highlight count once two reads 400 ms apart agree: longer than the viewport gate waits between batches
 * of new targets, so containers the page added late are painted too.
 */
async function settledCount(page: PageHandle): Promise<number> {
  let last = -1;
  const steady = async () => {
    const count = await highlightCount(page);
    const same = count === last && count > 5;
    last = count;
    return same;
  };
  await expect.poll(steady, { timeout: 15_000, interval: 400 }).toBe(true);
  return last;
}

/** How the page styles our actor highlights, and how many sheets were adopted into it. */
function actorLook(): { background: string; adopted: number } {
  const style = getComputedStyle(document.documentElement, '::highlight(fact-linker-actor)');
  return { background: style.backgroundColor, adopted: document.adoptedStyleSheets.length };
}

/** Extension page: the toolbar tooltip the browser shows for the tab at `url`. */
async function toolbarTitle(url: string): Promise<string | null> {
  type Api = {
    tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> };
    action: { getTitle(details: { tabId: number }): Promise<string> };
  };
  const scope = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = scope.browser ?? scope.chrome;
  const tab = (await api.tabs.query({})).find((candidate) => candidate.url?.startsWith(url));
  return tab?.id === undefined ? null : api.action.getTitle({ tabId: tab.id });
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
    const before = await settledCount(demo);
    await popup.evaluate(storeSettings, { paused: true });
    await expect.poll(() => highlightCount(demo), { timeout: 1_000 }).toBe(0);
    await popup.evaluate(storeSettings, { paused: false });
    await expect.poll(() => highlightCount(demo), { timeout: 3_000 }).toBe(before);
  });

  it('styles the default look from the manifest, adopting a sheet only for another look', async () => {
    await expect.poll(() => highlightCount(demo), { timeout: 15_000 }).toBeGreaterThan(5);
    expect(await demo.evaluate(actorLook, null)).toEqual({
      background: 'rgba(255, 184, 0, 0.3)',
      adopted: 0,
    });
    await popup.evaluate(storeSettings, { highlightStyle: 'underline' });
    await expect
      .poll(() => demo.evaluate(actorLook, null))
      .toEqual({ background: 'rgba(0, 0, 0, 0)', adopted: 1 });
    await popup.evaluate(storeSettings, {});
    await expect
      .poll(() => demo.evaluate(actorLook, null))
      .toEqual({ background: 'rgba(255, 184, 0, 0.3)', adopted: 0 });
  });

  it('greys the toolbar icon and says why while paused or off on the site', async () => {
    const title = () => popup.evaluate(toolbarTitle, site.url);
    await expect.poll(title, { timeout: 3_000 }).toBe('Fact Linker');
    await popup.evaluate(storeSettings, { paused: true });
    await expect.poll(title, { timeout: 3_000 }).toBe('Fact Linker: paused everywhere');
    await popup.evaluate(storeSettings, { disabledSites: [new URL(site.url).hostname] });
    await expect.poll(title, { timeout: 3_000 }).toBe(`Fact Linker: off on ${new URL(site.url).hostname}`);
    await popup.evaluate(storeSettings, {});
    await expect.poll(title, { timeout: 3_000 }).toBe('Fact Linker');
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
