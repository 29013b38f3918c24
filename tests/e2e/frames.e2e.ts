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
  below: string[];
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
    below: texts(frame('below')?.CSS.highlights, null),
    shadow: texts(CSS.highlights, true),
  };
}

/** Page context: whether the frame far below the fold shows its own page, fully loaded. */
function belowLoaded(): boolean {
  const doc = document.querySelector<HTMLIFrameElement>('#below')?.contentDocument;
  return doc?.readyState === 'complete' && doc.location.pathname.endsWith('/below.html');
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
  /** How many entries the background holds in this page's report. */
  const reported = async (): Promise<number | undefined> => {
    const extensionPage = await ext.openExtensionPage();
    try {
      return (await extensionPage.evaluate(readBadge, site.url))?.reported;
    } finally {
      await extensionPage.close();
    }
  };
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
        below: [],
        shadow: ['coalition of the willing'],
      });
    // The frame below is out of sight (its highlights would be gated anyway): once it has its page, which the scan
    // may have met as an empty placeholder, the report still counts only the five entries above it.
    await expect.poll(() => page.evaluate(belowLoaded, undefined), { timeout: 15_000 }).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await reported()).toBe(5);
  });

  it('reads a same-origin frame far below the fold only once the reader scrolls near it', async () => {
    await page.evaluate(() => document.querySelector('#below')!.scrollIntoView(), undefined);
    await expect
      .poll(() => page.evaluate(readPlaced, HIGHLIGHT_NAMES), { timeout: 15_000 })
      .toMatchObject({ below: ['European Union'] });
    await expect.poll(reported, { timeout: 10_000 }).toBe(6);
    await page.evaluate(() => window.scrollTo(0, 0), undefined);
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
    // A removed frame's document stays connected to itself: what was found in it must still leave the report, which
    // keeps Macron, NATO, Guterres, the coalition and the frame below's European Union.
    await expect.poll(reported, { timeout: 10_000 }).toBe(5);
  });
});
