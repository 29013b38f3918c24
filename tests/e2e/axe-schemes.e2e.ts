import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { type BrowserName, launchBrowser } from './browsers';
import type { PageHandle } from './page-handle';
import { inPopoverFrame, popoverAxeViolations, readPopover } from './popover-helpers';
import { messageTab } from './popover-kb';
import { axeViolations } from './popup-probes';
import { popupViolations } from './popup-views';
import type { DrivenExtension } from './raw-page';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** Opens an extension page with axe-core loaded, once the page reads in the scheme the browser was launched in. */
async function withAxe(ext: DrivenExtension, path: string, dark: boolean): Promise<PageHandle> {
  const page = await ext.openExtensionPage(path);
  // Injected before the page's own document has loaded, axe would land in the initial blank one and be lost.
  await page.waitFor(
    () => document.readyState === 'complete' && !!document.querySelector('main, h1'),
    null,
    10_000,
  );
  await page.evaluateScript(AXE);
  if (!(await page.evaluate(() => 'axe' in window, null)))
    throw new Error(`axe-core did not load in ${path}`);
  const matches = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null);
  if (matches !== dark) throw new Error(`${path} is not in the ${dark ? 'dark' : 'light'} scheme`);
  return page;
}

describe.each<[BrowserName, 'light' | 'dark']>([
  ['chromium', 'light'],
  ['chromium', 'dark'],
  ['firefox', 'light'],
  ['firefox', 'dark'],
])('axe in %s, %s scheme', (name, scheme) => {
  let ext: DrivenExtension;
  const dark = scheme === 'dark';

  beforeAll(async () => {
    ext = await launchBrowser(name, { scheme });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('finds no violation on any popup view', async () => {
    const page = await withAxe(ext, 'popup.html', dark);
    const violations = await popupViolations(page);
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((view) => [view, []])));
    await page.close();
  });

  it('finds no violation on the first-run guide and the dossier’s timeline and matrix', async () => {
    for (const [path, ready] of [
      ['welcome.html', 'kbd'],
      ['dossier.html', '.fl-timeline li'],
      ['dossier.html#matrix', '.fl-matrix-cell'],
    ] as const) {
      const page = await withAxe(ext, path, dark);
      await page.waitFor((selector) => document.querySelector(selector) !== null, ready, 15_000);
      expect(await page.evaluate(axeViolations, null), path).toEqual([]);
      await page.close();
    }
  });

  it('finds no violation in a card open on a web page', async () => {
    const site = await serve();
    try {
      const demo = await ext.openPage(site.url);
      await demo.waitFor(() => (CSS.highlights.get('fact-linker-actor')?.size ?? 0) > 3, null, 15_000);
      const desk = await ext.openExtensionPage('popup.html?view=tab');
      await expect
        .poll(
          async () => {
            await desk.evaluate(messageTab, {
              url: demo.url(),
              message: { type: 'page.step', direction: 1 },
            });
            return (await readPopover(ext, demo.url())).open;
          },
          { timeout: 20_000, interval: 1_000 },
        )
        .toBe(true);
      const dark = await inPopoverFrame(
        ext,
        demo.url(),
        () => matchMedia('(prefers-color-scheme: dark)').matches,
        null,
      );
      expect(dark).toBe(scheme === 'dark');
      const violations = await popoverAxeViolations(ext, demo.url());
      expect(violations).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
