import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, launchBrowser } from './browsers';
import type { PageHandle } from './page-handle';
import { hoverMention, inputFor, readPopover } from './popover-helpers';
import { HIGHLIGHT_NAMES, readHighlights } from './probes';
import { type DrivenExtension, rawPage } from './raw-page';

/** Extension page: the addresses of every open tab. */
async function tabUrls(): Promise<string[]> {
  type Api = { tabs: { query(info: object): Promise<{ url?: string }[]> } };
  const scope = globalThis as unknown as { browser?: Api; chrome: Api };
  return (await (scope.browser ?? scope.chrome).tabs.query({})).map((tab) => tab.url ?? '');
}

/**
 * Extension page: closes the guide the install opened and makes this tab the active one again, since headless
 * Chromium stops animation frames (which hover detection runs on) in a tab another one hides.
 */
async function closeInstallGuide(): Promise<void> {
  type Api = {
    tabs: {
      query(info: object): Promise<{ id?: number; url?: string }[]>;
      remove(id: number): Promise<void>;
      getCurrent(): Promise<{ id?: number } | undefined>;
      update(id: number, change: object): Promise<unknown>;
    };
  };
  const scope = globalThis as unknown as { browser?: Api; chrome: Api };
  const { tabs } = scope.browser ?? scope.chrome;
  for (const tab of await tabs.query({}))
    if (tab.id !== undefined && tab.url?.endsWith('/welcome.html')) await tabs.remove(tab.id);
  const self = await tabs.getCurrent();
  if (self?.id !== undefined) await tabs.update(self.id, { active: true });
}

describe.each<BrowserName>(['chromium', 'firefox'])('first-run guide in %s', (name) => {
  let ext: DrivenExtension;
  let guide: PageHandle;

  beforeAll(async () => {
    ext = await launchBrowser(name, { keepWelcome: true });
    guide = await ext.openExtensionPage('welcome.html?opened-by-test');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('opens by itself when the extension is installed', async () => {
    await expect
      .poll(
        async () =>
          (await guide.evaluate(tabUrls, null)).filter((url) => url.endsWith('/welcome.html')).length,
      )
      .toBe(1);
    await guide.evaluate(closeInstallGuide, null);
  });

  it('lists the shortcuts the browser assigned', async () => {
    await guide.waitFor(() => document.querySelectorAll('kbd').length === 2, null, 5_000);
    const keys = await guide.evaluate(
      () => [...document.querySelectorAll('kbd')].map((kbd) => kbd.textContent),
      null,
    );
    expect(keys.every((key) => /Alt\+Shift\+/.test(key ?? ''))).toBe(true);
  });

  it('highlights the demo paragraph from the knowledge base, and opens a card on hover (pointer in Chromium)', async () => {
    const texts = async () =>
      (await guide.evaluate(readHighlights, HIGHLIGHT_NAMES)).map((range) => range.text);
    await expect
      .poll(texts, { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['Emmanuel Macron', 'coalition of the willing', 'UN-led mission']));
    // puppeteer cannot address a moz-extension:// tab by its address (it reports about:blank), so the pointer is
    // driven in Chromium only; the same engine's hover is proven in Firefox on web pages (popover.e2e.ts).
    if (name === 'firefox') return;
    const url = guide.url();
    // Frames (which hover detection runs on) stop in a tab another one hides: make sure the guide is in front.
    await (await rawPage(ext, guide)).bringToFront();
    await hoverMention(guide, await inputFor(ext, url), 'Emmanuel Macron');
    await expect
      .poll(async () => (await readPopover(ext, url)).labelText, { timeout: 5_000 })
      .toBe('Emmanuel Macron');
  });
});
