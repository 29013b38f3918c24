import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { readBadge } from './badge-probe';
import { type BrowserName, type ExtensionBrowser, launchBrowser } from './browsers';
import type { PageHandle } from './page-handle';
import {
  HIGHLIGHT_NAMES,
  type HighlightedRange,
  readHighlights,
  readKnowledgeBase,
  readPageMutations,
  sendToBackground,
} from './probes';

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot-demo.png', import.meta.url));
const EXPECTED = ['Macron', 'Keir Starmer', 'coalition of the willing'];
/** Changes the extension may make to a page: adding (or dropping) its own host element, and its attributes. */
const OURS = /^childList HTML \+DIV$/;

/** Polls the page's highlights until `done` accepts them or time runs out, and returns the last reading. */
async function settleHighlights(page: PageHandle, done: (texts: string[]) => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ranges: HighlightedRange[] = await page.evaluate(readHighlights, HIGHLIGHT_NAMES);
    if (done(ranges.map((range) => range.text)) || Date.now() > deadline) return ranges;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  let site: Awaited<ReturnType<typeof serve>>;
  let ext: ExtensionBrowser;
  let popup: PageHandle | undefined;
  let demo: PageHandle | undefined;
  const popupPage = async () => {
    popup ??= await ext.openExtensionPage('popup.html');
    return popup;
  };
  const demoPage = async () => {
    demo ??= await ext.openPage(site.url);
    return demo;
  };

  beforeAll(async () => {
    site = await serve();
    ext = await launchBrowser(name);
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('has the browser assign a keyboard shortcut to each mention command', async () => {
    const page = await popupPage();
    const commands = await page.evaluate(async () => {
      type Api = { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      return (await (scope.browser ?? scope.chrome).commands.getAll())
        .filter((command) => command.name?.endsWith('-mention'))
        .map(({ name, shortcut }) => ({ name, shortcut: shortcut?.replace(/\s/g, '') }));
    }, null);
    expect(commands).toEqual([
      { name: 'next-mention', shortcut: 'Alt+Shift+Period' },
      { name: 'previous-mention', shortcut: 'Alt+Shift+Comma' },
    ]);
  });

  it('starts the background and loads the popup page', async () => {
    expect(await ext.backgroundUrl()).toMatch(/^(chrome|moz)-extension:\/\//);
    const page = await popupPage();
    await page.waitFor(
      () => `${document.title} ${document.body.textContent}`.includes('Fact Linker'),
      null,
      10_000,
    );
  });

  it('loads the starter pack into IndexedDB', async () => {
    const page = await popupPage();
    await expect
      .poll(async () => (await page.evaluate(readKnowledgeBase, null))?.counts.entries ?? 0, {
        timeout: 15_000,
      })
      .toBeGreaterThanOrEqual(30);
    const kb = await page.evaluate(readKnowledgeBase, null);
    expect(kb?.stores).toEqual(expect.arrayContaining(['entries', 'facts', 'stances', 'meta']));
    expect(kb?.macron).toMatchObject({ id: 'macron' });
  });

  it('highlights mentions from the knowledge base, never in fields, scripts or hidden text', async () => {
    const page = await demoPage();
    const ranges = await settleHighlights(page, (texts) => EXPECTED.every((e) => texts.includes(e)), 15_000);
    if (name === 'chromium' && ranges.length > 0) {
      await mkdir(dirname(SCREENSHOT), { recursive: true });
      await page.screenshot(SCREENSHOT);
    }
    const texts = ranges.map((range) => range.text);
    expect(texts).toEqual(expect.arrayContaining(EXPECTED));
    expect(ranges.some((range) => range.coversSplitName && range.text === 'Keir Starmer')).toBe(true);
    expect(texts.filter((text) => /unesco/i.test(text) || text === 'un')).toEqual([]);
    expect(ranges.filter((range) => !range.onWordBoundary).map((range) => range.text)).toEqual([]);
    expect(ranges.filter((range) => range.forbiddenAncestor !== null)).toEqual([]);
  });

  it('counts the distinct entries the page mentions on the toolbar badge', async () => {
    await demoPage();
    const page = await popupPage();
    await expect
      .poll(async () => (await page.evaluate(readBadge, site.url))?.reported ?? 0, { timeout: 5_000 })
      .toBeGreaterThan(5);
    const reading = await page.evaluate(readBadge, site.url);
    expect(reading?.badge).toBe(String(reading?.reported));
  });

  it('leaves the page DOM alone apart from one host element', async () => {
    const page = await demoPage();
    const mutations = await page.evaluate(readPageMutations, null);
    expect(mutations, 'the demo page script records mutations').not.toBeNull();
    expect(mutations?.filter((m) => !OURS.test(m))).toEqual([]);
    expect(mutations?.filter((m) => OURS.test(m)).length ?? 0).toBeLessThanOrEqual(1);
  });

  it('highlights text the page adds later within 2 s', async () => {
    const page = await demoPage();
    await page.click('#load-more');
    const ranges = await settleHighlights(page, (texts) => texts.includes('Anthony Albanese'), 2_000);
    expect(ranges.map((range) => range.text)).toContain('Anthony Albanese');
    const mutations = (await page.evaluate(readPageMutations, null)) ?? [];
    expect(mutations.filter((m) => !OURS.test(m))).toEqual(['childList DIV +P(page)']);
  });

  it('answers a malformed message with an error and keeps answering', async () => {
    const page = await popupPage();
    for (const message of ['kb.matcher', { payload: {} }, { type: 'kb.nope', payload: {} }]) {
      const delivery = await page.evaluate(sendToBackground, message);
      expect(delivery, JSON.stringify(message)).toMatchObject({
        reply: { ok: false, error: expect.any(String) },
      });
    }
    const delivery = await page.evaluate(sendToBackground, { type: 'kb.matcher', payload: {} });
    expect(delivery).toMatchObject({ reply: { ok: true, value: { version: expect.any(Number) } } });
    const { matcher } = (delivery as { reply: { value: { matcher: { size: number; caseKeys: string } } } })
      .reply.value;
    expect(matcher.size).toBeGreaterThan(100);
    expect(matcher.caseKeys).toContain('NATO');
  });

  it('carries messages as structured clones: a key set to undefined reaches the router, which refuses it', async () => {
    const page = await popupPage();
    const delivery = await page.evaluate(sendToBackground, { type: 'kb.matcher', payload: { n: undefined } });
    expect(delivery).toMatchObject({ reply: { ok: false, error: expect.stringMatching(/n: Invalid key/) } });
  });

  it('reports again after a single-page app changes its route, so "On this page" follows the new URL', async () => {
    const page = await popupPage();
    const spa = await ext.openPage(`${site.url}?spa=1`);
    await expect
      .poll(async () => (await page.evaluate(readBadge, `${site.url}?spa=1`))?.reported ?? 0, {
        timeout: 5_000,
      })
      .toBeGreaterThan(5);
    await spa.evaluate(() => history.pushState({}, '', '/spa-route'), null);
    const routed = `${site.url}spa-route`;
    await expect
      .poll(async () => (await page.evaluate(readBadge, routed))?.reported ?? 0, { timeout: 5_000 })
      .toBeGreaterThan(5);
    const reading = await page.evaluate(readBadge, routed);
    expect(reading?.badge).toBe(String(reading?.reported));
    await spa.close();
  });
});
