import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { type BrowserName, type ExtensionBrowser, launchBrowser } from './browsers';
import type { PageHandle } from './page-handle';
import {
  countHosts,
  hoverMention,
  type Input,
  inPaintFrame,
  inputFor,
  mentionPoint,
  readPopover,
} from './popover-helpers';
import { messageTab, storeSettings } from './popover-kb';
import { HIGHLIGHT_NAMES, readHighlights } from './probes';

const HOSTILE_PAGE = fileURLToPath(new URL('./hostile-page', import.meta.url));

/** What the hostile page's own script caught (see hostile-page/index.html). */
interface Seen {
  messages: string[];
  constructed: number;
  internals: number;
  roots: number;
  /** The page forged a DOMContentLoaded while it was still parsing. */
  forged: boolean;
}

/** Page context: what the page's traps caught. */
function readSeen(): Seen {
  const seen = (
    window as unknown as {
      __seen: {
        messages: string[];
        constructed: number;
        internals: unknown[];
        roots: unknown[];
        forged: boolean;
      };
    }
  ).__seen;
  return {
    messages: seen.messages,
    constructed: seen.constructed,
    internals: seen.internals.length,
    roots: seen.roots.length,
    forged: seen.forged,
  };
}

/** Page context: whether `text` is highlighted now (self-contained, as a waited-for function must be). */
function isHighlighted({ names, text }: { names: string[]; text: string }): boolean {
  return names.some((name) =>
    [...(CSS.highlights.get(name) ?? [])].some((r) => {
      const range = new Range();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString() === text;
    }),
  );
}

/** Page context: every way a page script can look for text: the DOM, shadow roots, frames, find-in-page, selection. */
function pageReach(text: string) {
  const find = (window as unknown as { find?: (...args: unknown[]) => boolean }).find;
  const found = typeof find === 'function' ? find.call(window, text, false, false, true) : false;
  getSelection()?.selectAllChildren(document.documentElement);
  const selected = getSelection()?.toString() ?? '';
  getSelection()?.removeAllRanges();
  const shadowText = [...document.querySelectorAll('*')]
    .map((el) => el.shadowRoot?.textContent ?? '')
    .join('');
  return {
    inDom: document.documentElement.textContent?.includes(text) ?? false,
    inShadow: shadowText.includes(text),
    found,
    selected: selected.includes(text),
    iframes: document.querySelectorAll('iframe').length,
    frames: window.frames.length,
  };
}

/** Page context: every range in every highlight of the page's registry, ours or anyone's. */
function registeredRanges(): number {
  let count = 0;
  for (const [, highlight] of CSS.highlights) count += highlight.size;
  return count;
}

/** Page context: the centre of the first place `text` is written, found in the page's own text. */
function textPoint(text: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** Paint frame: whether a drawn box covers a viewport point. */
function boxAt(point: { x: number; y: number }): boolean {
  return [...document.querySelectorAll('#boxes > div')].some((box) => {
    const r = box.getBoundingClientRect();
    return point.x >= r.left && point.x <= r.right && point.y >= r.top && point.y <= r.bottom;
  });
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s against a hostile page', (name) => {
  let site: Awaited<ReturnType<typeof serve>>;
  let ext: ExtensionBrowser;
  let popup: PageHandle;
  let page: PageHandle;
  let input: Input;

  const openPage = async () => {
    page = await ext.openPage(site.url);
    input = await inputFor(ext, page.url());
    await page.waitFor(isHighlighted, { names: HIGHLIGHT_NAMES, text: 'Keir Starmer' }, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 800));
  };
  const hover = (text: string) => hoverMention(page, input, text);
  const isOpen = async () => (await readPopover(ext, page.url())).open;

  beforeAll(async () => {
    site = await serve(HOSTILE_PAGE);
    ext = await launchBrowser(name);
    popup = await ext.openExtensionPage('popup.html');
    await openPage();
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('announces nothing to the page and builds nothing from its custom elements', async () => {
    expect(await page.evaluate(readSeen, null)).toMatchObject({
      messages: [],
      constructed: 0,
      internals: 0,
      roots: 0,
    });
  });

  it('starts at the real DOMContentLoaded although the page forged one while it parsed', async () => {
    expect((await page.evaluate(readSeen, null)).forged).toBe(true);
    expect(await page.evaluate(isHighlighted, { names: HIGHLIGHT_NAMES, text: 'Emmanuel Macron' })).toBe(
      true,
    );
  });

  it('ignores pointer and key events the page makes up', async () => {
    const point = await page.evaluate(mentionPoint, 'Emmanuel Macron');
    await page.evaluate(({ x, y }) => {
      const init = { clientX: x, clientY: y, bubbles: true, composed: true, pointerType: 'mouse' };
      const target = document.elementFromPoint(x, y) ?? document.body;
      target.dispatchEvent(new PointerEvent('pointermove', init));
      target.dispatchEvent(new PointerEvent('pointerdown', init));
      target.dispatchEvent(new MouseEvent('click', init));
    }, point!);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await page.evaluate(countHosts, null)).toBe(0);
    expect(await isOpen()).toBe(false);

    await hover('Emmanuel Macron');
    await expect.poll(isOpen, { timeout: 2_000 }).toBe(true);
    await page.evaluate(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      document.body.dispatchEvent(new PointerEvent('pointerdown', { clientX: 1, clientY: 1, bubbles: true }));
    }, null);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await isOpen()).toBe(true);
    await input.press('Escape');
    await expect.poll(isOpen, { timeout: 1_000 }).toBe(false);
  });

  it('keeps the open card out of reach: no DOM, shadow root, frame, find-in-page or selection gets its text', async () => {
    await input.move(5, 5);
    await hover('Keir Starmer');
    await expect.poll(isOpen, { timeout: 2_000 }).toBe(true);
    const secret = 'Prime Minister of the United Kingdom';
    expect((await readPopover(ext, page.url())).text).toContain(secret);
    expect(await page.evaluate(pageReach, secret)).toEqual({
      inDom: false,
      inShadow: false,
      found: false,
      selected: false,
      iframes: 0,
      frames: 0,
    });
    expect(await page.evaluate(readSeen, null)).toMatchObject({ constructed: 0, internals: 0, roots: 0 });
    await input.press('Escape');
  });

  it('keeps what the reader selects inside the card from the page', async () => {
    await popup.evaluate(messageTab, { url: page.url(), message: { type: 'page.step', direction: 1 } });
    await expect
      .poll(() => readPopover(ext, page.url()), { timeout: 2_000 })
      .toMatchObject({ open: true, focusInside: true });
    await input.selectAll();
    const pageSelection = await page.evaluate(() => getSelection()?.toString() ?? '', null);
    expect(pageSelection).toBe('');
    await input.press('Escape');
  });

  it('only closes the card when the page moves our host (reloading its frame), and opens it again on the next hover', async () => {
    await input.move(5, 5);
    await hover('Keir Starmer');
    await expect.poll(isOpen, { timeout: 2_000 }).toBe(true);
    await page.evaluate(() => {
      const host = [...document.documentElement.children].find((el) => el.tagName === 'DIV');
      if (host) document.body.append(host);
    }, null);
    await expect.poll(isOpen, { timeout: 2_000 }).toBe(false);
    await input.move(5, 5);
    await hover('Emmanuel Macron');
    await expect.poll(isOpen, { timeout: 3_000 }).toBe(true);
    expect((await readPopover(ext, page.url())).labelText).toBe('Emmanuel Macron');
    await input.press('Escape');
  });

  it('cannot switch Fact Linker off with a forged start-up message', async () => {
    const ids = name === 'chromium' ? [(ext as unknown as { extensionId: string }).extensionId] : [];
    await page.evaluate((extensionIds) => {
      for (const id of [...extensionIds, 'fact-linker@fact-linker.example', 'undefined']) {
        for (const script of ['content', 'page']) {
          const type = `${id}:${script}:wxt:content-script-started`;
          const detail = { contentScriptName: script, messageId: 'forged' };
          document.dispatchEvent(new CustomEvent(type, { detail }));
          window.postMessage({ type, ...detail }, '*');
        }
      }
      const later = document.createElement('p');
      later.textContent = 'Afterwards António Guterres spoke.';
      document.body.append(later);
    }, ids);
    await page.waitFor(isHighlighted, { names: HIGHLIGHT_NAMES, text: 'António Guterres' }, 5_000);
    expect((await page.evaluate(readHighlights, HIGHLIGHT_NAMES)).map((range) => range.text)).toContain(
      'Keir Starmer',
    );
  });

  it('with private highlights on, leaves the page no highlight to read, yet paints every mention and opens its card', async () => {
    await popup.evaluate(storeSettings, { privateHighlights: true });
    await expect.poll(() => page.evaluate(registeredRanges, null), { timeout: 5_000 }).toBe(0);
    const starmer = (await page.evaluate(textPoint, 'Keir Starmer'))!;
    await expect.poll(() => inPaintFrame(ext, page.url(), boxAt, starmer), { timeout: 5_000 }).toBe(true);
    expect(await inPaintFrame(ext, page.url(), boxAt, (await page.evaluate(textPoint, 'Later'))!)).toBe(
      false,
    );

    const hosts = await page.evaluate(countHosts, null);
    await page.evaluate(() => {
      const planted = document.createElement('p');
      planted.textContent = 'Planted: Zorblax Quint, then the United Nations.';
      document.body.append(planted);
    }, null);
    const planted = (await page.evaluate(textPoint, 'United Nations'))!;
    await expect.poll(() => inPaintFrame(ext, page.url(), boxAt, planted), { timeout: 5_000 }).toBe(true);
    expect(await inPaintFrame(ext, page.url(), boxAt, (await page.evaluate(textPoint, 'Zorblax'))!)).toBe(
      false,
    );
    expect(await page.evaluate(registeredRanges, null)).toBe(0);
    expect(await page.evaluate(countHosts, null)).toBe(hosts);

    await input.move(5, 5);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await input.move(starmer.x, starmer.y);
    await expect.poll(isOpen, { timeout: 5_000 }).toBe(true);
    expect((await readPopover(ext, page.url())).labelText).toBe('Keir Starmer');
    await input.press('Escape');

    await popup.evaluate(storeSettings, { privateHighlights: false });
    await page.waitFor(isHighlighted, { names: HIGHLIGHT_NAMES, text: 'António Guterres' }, 5_000);
    await expect.poll(() => inPaintFrame(ext, page.url(), boxAt, starmer), { timeout: 5_000 }).toBe(null);
  });
});
