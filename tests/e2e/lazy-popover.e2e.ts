import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import {
  type BrowserName,
  type ChromiumExtension,
  type ExtensionBrowser,
  launchBrowser,
  launchChromium,
} from './browsers';
import { listenForRequests, requestsFrom } from './heard-requests';
import { type PageHandle, wrapPlaywright } from './page-handle';
import { hoverMention, inputFor, mentionPoint, readPopover } from './popover-helpers';
import { messageTab, storeSettings } from './popover-kb';

/** A page that writes its text only when the test says so (`postMessage('fill')`). */
const LATE_PAGE = fileURLToPath(new URL('./late-page', import.meta.url));

/** A page about gardening: nothing on it is in the knowledge base. */
const QUIET_PAGE = fileURLToPath(new URL('./quiet-page', import.meta.url));

/** A page policy that lets no script of its own run, loads nothing from elsewhere and requires Trusted Types. */
const STRICT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

/** Page context: whether the page shows a highlight of ours yet. */
const lit = () => (CSS.highlights.get('fact-linker-actor')?.size ?? 0) > 0;

// The page script imports the popover's code (popover-host.js) once a page has a mention and a reader (issue 11).
// These tests act in the moment between the first highlight and that import: the page reports its mentions 300 ms
// after the scan settles, and only then, with the reader's input heard, does the popover start.
describe.each<BrowserName>(['chromium', 'firefox'])('%s popover started on the first mention', (name) => {
  let site: Awaited<ReturnType<typeof serve>>;
  let late: Awaited<ReturnType<typeof serve>>;
  let strict: Awaited<ReturnType<typeof serve>>;
  let ext: ExtensionBrowser;
  let desk: PageHandle;

  beforeAll(async () => {
    site = await serve();
    late = await serve(LATE_PAGE);
    strict = await serve(undefined, { 'content-security-policy': STRICT_CSP });
    ext = await launchBrowser(name);
    desk = await ext.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
    await late?.close();
    await strict?.close();
  });

  // Firefox tells WebDriver BiDi nothing of the scripts a content script imports (the Chromium tests below count
  // them), but the popover fetches the page's cards as its code loads, and an extension page hears those requests.
  it('fetches no card on a page with mentions that nobody touches, and fetches them at the first move', async () => {
    await desk.evaluate(listenForRequests, null);
    const page = await ext.openPage(site.url);
    await page.waitFor(lit, null, 15_000);
    await expect
      .poll(() => desk.evaluate(requestsFrom, page.url()), { timeout: 5_000 })
      .toContain('page.report');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const untouched = await desk.evaluate(requestsFrom, page.url());
    expect(untouched).not.toContain('kb.cards');
    expect(untouched).not.toContain('ui.frameTicket');
    // A corner of the page, on no mention.
    await (await inputFor(ext, page.url())).move(3, 3);
    await expect
      .poll(() => desk.evaluate(requestsFrom, page.url()), { timeout: 5_000 })
      .toContain('kb.cards');
  });

  it('opens the card of the name the pointer rested on before it was painted', async () => {
    const page = await ext.openPage(late.url);
    // Where the page's first words will be, once it writes them (see late-page/index.html).
    await (await inputFor(ext, page.url())).move(60, 100);
    await page.evaluate(() => window.postMessage('fill', '*'), null);
    await page.waitFor(lit, null, 15_000);
    await expect
      .poll(async () => (await readPopover(ext, page.url())).labelText, { timeout: 5_000 })
      .toBe('Keir Starmer');
  });

  // The rest is noted from document_start, so it counts however late the page script starts its popover: here, on
  // resuming, well after the move (the page's settings used to arrive first in the test above, but need not).
  it('opens the card of the name the pointer rested on while Fact Linker was paused, once resumed', async () => {
    await desk.evaluate(storeSettings, { paused: true });
    try {
      const page = await ext.openPage(late.url);
      await (await inputFor(ext, page.url())).move(60, 100);
      await page.evaluate(() => window.postMessage('fill', '*'), null);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await page.evaluate(lit, null)).toBe(false);
      await desk.evaluate(storeSettings, { paused: false });
      await page.waitFor(lit, null, 15_000);
      await expect
        .poll(async () => (await readPopover(ext, page.url())).labelText, { timeout: 5_000 })
        .toBe('Keir Starmer');
    } finally {
      await desk.evaluate(storeSettings, { paused: false });
    }
  });

  it("loads it and opens a card on a page whose policy allows none of the page's own scripts", async () => {
    const page = await ext.openPage(strict.url);
    await page.waitFor(mentionPoint, 'Keir Starmer', 15_000);
    await hoverMention(page, await inputFor(ext, page.url()), 'Keir Starmer');
    await expect
      .poll(async () => (await readPopover(ext, page.url())).labelText, { timeout: 5_000 })
      .toBe('Keir Starmer');
  });

  it('carries out a keyboard step sent as the page first lights up, on a mention painted by then', async () => {
    const page = await ext.openPage(`${site.url}?step`);
    await page.waitFor(lit, null, 15_000);
    await desk.evaluate(messageTab, { url: page.url(), message: { type: 'page.step', direction: 1 } });
    await expect
      .poll(() => readPopover(ext, page.url()), { timeout: 5_000 })
      .toMatchObject({ open: true, focusInside: true, labelText: expect.stringMatching(/\w/) });
  });
});

/** Opens `url` in a new tab with the debugger on, collecting the address of every script the tab parses. */
async function openParsing(
  ext: ChromiumExtension,
  url: string,
): Promise<{ page: PageHandle; raw: Page; parsed: string[] }> {
  const raw = await ext.context.newPage();
  const cdp: CDPSession = await ext.context.newCDPSession(raw);
  const parsed: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url: script }) => parsed.push(script));
  await cdp.send('Debugger.enable');
  await raw.goto(url);
  return { page: wrapPlaywright(raw), raw, parsed };
}

const popoverCode = (parsed: string[]) => parsed.filter((url) => url.endsWith('/popover-host.js'));

// Chromium only: Firefox tells WebDriver BiDi clients nothing about the scripts a content script evaluates.
describe('chromium loading the popover code', () => {
  let site: Awaited<ReturnType<typeof serve>>;
  let quiet: Awaited<ReturnType<typeof serve>>;
  let ext: ChromiumExtension;

  beforeAll(async () => {
    site = await serve();
    quiet = await serve(QUIET_PAGE);
    ext = await launchChromium();
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
    await quiet?.close();
  });

  it('never loads it on a page that mentions nothing', async () => {
    const { parsed } = await openParsing(ext, quiet.url);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(parsed.some((url) => url.endsWith('/page.js'))).toBe(true);
    expect(popoverCode(parsed)).toEqual([]);
  });

  it('never loads it on a page with mentions that nobody touches', async () => {
    const { page, parsed } = await openParsing(ext, site.url);
    await page.waitFor(lit, null, 15_000);
    // Past the page's report (300 ms after its scan settles), when it used to load.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(popoverCode(parsed)).toEqual([]);
  });

  it('loads it once at the first move of the pointer on a page with mentions, before any hover', async () => {
    const { page, raw, parsed } = await openParsing(ext, site.url);
    await page.waitFor(lit, null, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(popoverCode(parsed)).toEqual([]);
    // A corner of the page, on no mention.
    await raw.mouse.move(3, 3);
    await expect.poll(() => popoverCode(parsed).length, { timeout: 5_000 }).toBe(1);
    await raw.mouse.move(6, 4);
    await raw.keyboard.press('Shift');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(popoverCode(parsed)).toHaveLength(1);
  });
});
