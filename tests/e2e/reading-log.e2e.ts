import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { type BrowserName, type ExtensionBrowser, launchBrowser } from './browsers';
import type { PageHandle } from './page-handle';
import { highlighted, run, waitText } from './popup-steps';

/** The demo page's title, as the reading log lists the page. */
const DEMO_TITLE = 'Paris weighs a UN-led mission for Ukraine – The Harbour Courier';

/** Opens Emmanuel Macron in the popup's editor and returns what its "Where it was seen" section says. */
async function seenIn(popup: PageHandle): Promise<string> {
  await run(popup, { click: 'Entries' }, { fill: 'Search entries', value: 'macron' });
  await run(popup, { click: 'Emmanuel Macron' });
  await waitText(popup, 'Where it was seen');
  await popup.waitFor(
    () => !!document.querySelector('.fl-seen ul, .fl-seen .fl-empty:not(:empty)'),
    null,
    5_000,
  );
  return popup.evaluate(
    () =>
      document.querySelector('.fl-seen ul, .fl-seen .fl-empty')?.textContent?.replace(/\s+/g, ' ').trim() ??
      '',
    null,
  );
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s reading log', (name) => {
  let site: Awaited<ReturnType<typeof serve>>;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    site = await serve();
    ext = await launchBrowser(name);
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('lists a visited page under an entry it mentions, and forgets it when the log is cleared', async () => {
    const article = await ext.openPage(site.url);
    await article.waitFor(() => (CSS.highlights.get('fact-linker-actor')?.size ?? 0) > 3, null, 15_000);
    expect(await highlighted(article)).toContain('Emmanuel Macron');
    const popup = await ext.openExtensionPage('popup.html?view=tab');
    // The page reports its mentions a moment after it is painted, and the editor reads the log as it opens.
    await expect.poll(() => seenIn(popup), { timeout: 15_000, interval: 500 }).toContain(DEMO_TITLE);
    await run(popup, { click: 'Settings' }, { click: 'Clear reading log' });
    await waitText(popup, 'Reading log cleared.');
    expect(await seenIn(popup)).toBe(
      'Not highlighted on any page yet, or the reading log is off or was cleared.',
    );
  });
});
