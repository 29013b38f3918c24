import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { type BrowserName, type ExtensionBrowser, launchBrowser } from './browsers';
import type { PageHandle } from './page-handle';
import { highlighted, run, waitText } from './popup-steps';
import { tabIdOf } from './reported-ids';

const ENVOYS_PAGE = fileURLToPath(new URL('./envoys-page', import.meta.url));

/** Popup page: the names listed under "Not in the knowledge base". */
function suggested(): string[] {
  return [...document.querySelectorAll('.fl-suggestion .fl-mention-name')].map(
    (name) => name.textContent ?? '',
  );
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s suggestions', (name) => {
  let site: Awaited<ReturnType<typeof serve>>;
  let ext: ExtensionBrowser;
  let article: PageHandle;
  let popup: PageHandle;

  beforeAll(async () => {
    site = await serve(ENVOYS_PAGE);
    ext = await launchBrowser(name);
    article = await ext.openPage(site.url);
    const home = await ext.openExtensionPage('popup.html?view=tab');
    const tabId = await home.evaluate(tabIdOf, site.url);
    await home.close();
    popup = await ext.openExtensionPage(`popup.html?view=tab&from=${tabId}`);
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('suggests a name the page gives that the knowledge base lacks; one click and a save highlight it without a reload', async () => {
    await expect.poll(() => highlighted(article), { timeout: 15_000 }).toContain('Emmanuel Macron');
    expect(await highlighted(article)).not.toContain('Witkoff');
    await expect.poll(() => popup.evaluate(suggested, null), { timeout: 15_000 }).toContain('Steve Witkoff');
    expect(await popup.evaluate(suggested, null)).not.toContain('Emmanuel Macron');
    await run(popup, { click: 'Add Steve Witkoff' });
    await waitText(popup, 'New entry');
    await run(popup, { click: 'Save' });
    await expect.poll(() => highlighted(article), { timeout: 10_000 }).toContain('Steve Witkoff');
  });
});
