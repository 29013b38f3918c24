import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { readBadge } from './badge-probe';
import { type BrowserName, type ExtensionBrowser, launchBrowser } from './browsers';
import type { PageHandle } from './page-handle';
import { HIGHLIGHT_NAMES } from './probes';

const FRAMES_PAGE = fileURLToPath(new URL('./frames-page', import.meta.url));

/** Where each highlighted text lives: the top document, each same-origin frame, or an open shadow root. */
interface Placed {
  top: string[];
  same: string[];
  late: string[];
  shadow: string[];
}

/** Page context: the sorted texts of our highlights per registry, each frame's own registry included. */
function readPlaced(names: string[]): Placed {
  const texts = (registry: HighlightRegistry | undefined, inShadow: boolean | null) =>
    names
      .flatMap((name) =>
        [...(registry?.get(name) ?? [])].flatMap((abstract) => {
          const root = abstract.startContainer.getRootNode();
          if (inShadow !== null && root instanceof ShadowRoot !== inShadow) return [];
          const range = new Range();
          range.setStart(abstract.startContainer, abstract.startOffset);
          range.setEnd(abstract.endContainer, abstract.endOffset);
          return [range.toString()];
        }),
      )
      .sort();
  const frame = (id: string) =>
    document.querySelector<HTMLIFrameElement>(`#${id}`)?.contentWindow as (Window & typeof globalThis) | null;
  return {
    top: texts(CSS.highlights, false),
    same: texts(frame('same')?.CSS.highlights, null),
    late: texts(frame('late')?.CSS.highlights, null),
    shadow: texts(CSS.highlights, true),
  };
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s frames and shadow roots', (name) => {
  let site: Awaited<ReturnType<typeof serve>>;
  let ext: ExtensionBrowser;
  let page: PageHandle;

  beforeAll(async () => {
    site = await serve(FRAMES_PAGE);
    ext = await launchBrowser(name);
    page = await ext.openPage(site.url);
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it("highlights mentions inside same-origin frames, in each frame's own registry, and in an open shadow root", async () => {
    await expect
      .poll(() => page.evaluate(readPlaced, HIGHLIGHT_NAMES), { timeout: 15_000 })
      .toEqual({
        top: ['Emmanuel Macron'],
        same: ['Keir Starmer', 'NATO'],
        late: ['António Guterres'],
        shadow: ['coalition of the willing'],
      });
  });

  it('follows a same-origin frame to its next page and highlights that page', async () => {
    await page.evaluate(() => {
      document.querySelector<HTMLIFrameElement>('#same')!.src = 'next.html';
    }, undefined);
    await expect
      .poll(() => page.evaluate(readPlaced, HIGHLIGHT_NAMES), { timeout: 15_000 })
      .toMatchObject({ top: ['Emmanuel Macron'], same: ['United Nations'] });
  });

  it('lets go of a removed frame and goes on following the page', async () => {
    await page.evaluate(() => {
      document.querySelector('#same')!.remove();
      const added = document.createElement('p');
      added.textContent =
        'Later the same day, NATO said that its ministers would meet again within the week.';
      document.body.append(added);
    }, undefined);
    await expect
      .poll(() => page.evaluate(readPlaced, HIGHLIGHT_NAMES), { timeout: 15_000 })
      .toMatchObject({ top: ['Emmanuel Macron', 'NATO'], same: [] });
    // A removed frame's document stays connected to itself: what was found in it must still leave the report.
    const extensionPage = await ext.openExtensionPage();
    try {
      await expect
        .poll(async () => (await extensionPage.evaluate(readBadge, site.url))?.reported, { timeout: 10_000 })
        .toBe(4);
    } finally {
      await extensionPage.close();
    }
  });
});
