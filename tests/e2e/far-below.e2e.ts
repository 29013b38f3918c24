import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { type BrowserName, type ExtensionBrowser, launchBrowser } from './browsers';
import type { PageHandle } from './page-handle';
import { reportedIds, tabIdOf } from './reported-ids';

/** A page naming Macron at the top and Starmer only at its end, thousands of pixels below the first screen. */
const LONG_PAGE = fileURLToPath(new URL('./long-page', import.meta.url));

// Issue 11: a page load reads what lies within a viewport below the visible one, and the rest once it comes near
// or once the reader asks for the whole page (the popup's "On this page").
describe.each<BrowserName>(['chromium', 'firefox'])('%s: what lies far below the first screen', (name) => {
  let site: Awaited<ReturnType<typeof serve>>;
  let ext: ExtensionBrowser;
  let desk: PageHandle;

  beforeAll(async () => {
    site = await serve(LONG_PAGE);
    ext = await launchBrowser(name);
    // Not the popup: open on the active tab, it would ask the page to read everything (page.readAll).
    desk = await ext.openExtensionPage('paint.html');
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('reports only the top of a long page at load, and the end once the reader scrolls to it', async () => {
    const page = await ext.openPage(site.url);
    await expect.poll(() => desk.evaluate(reportedIds, site.url), { timeout: 15_000 }).toEqual(['macron']);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await desk.evaluate(reportedIds, site.url)).toEqual(['macron']);
    await page.evaluate(() => document.getElementById('end')!.scrollIntoView(), null);
    await expect
      .poll(() => desk.evaluate(reportedIds, site.url), { timeout: 10_000 })
      .toEqual(['macron', 'starmer']);
    await page.close();
  });

  it('lists the whole page in the popup without the reader scrolling', async () => {
    const page = await ext.openPage(site.url);
    await expect.poll(() => desk.evaluate(reportedIds, site.url), { timeout: 15_000 }).toEqual(['macron']);
    const tabId = await desk.evaluate(tabIdOf, site.url);
    const popup = await ext.openExtensionPage(`popup.html?view=tab&from=${tabId}`);
    await popup.waitFor(() => /Keir Starmer/.test(document.body.textContent ?? ''), null, 10_000);
    const names = await popup.evaluate(
      () => [...document.querySelectorAll('.fl-mention-name')].map((name) => name.textContent),
      null,
    );
    expect(names).toEqual(['Emmanuel Macron', 'Keir Starmer']);
    expect(await page.evaluate(() => window.scrollY, null)).toBe(0);
    await popup.close();
    await page.close();
  });
});
