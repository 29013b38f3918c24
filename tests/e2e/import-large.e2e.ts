import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPackTexts, type KbPack, kbPacks } from '../../scripts/bench/kb-packs.mjs';
import { serve } from '../../scripts/serve.mjs';
import { type BrowserName, launchBrowser, launchChromium, launchFirefox } from './browsers';
import type { PageHandle } from './page-handle';
import { E2E_BUILDS } from './popover-helpers';
import { entryCount, run } from './popup-steps';
import type { DrivenExtension } from './raw-page';
import { reportedIds } from './reported-ids';

const repo = fileURLToPath(new URL('../../', import.meta.url));
/**
 * Firefox stops its event page this long after the last event (30 s by default; the pref is read in Firefox's
 * ext-backgroundPage.js), so the import (about 7 s here) outlasts it and must stay alive by its own messages: its
 * chunks, then a status request every 2 s while the preview and the commit work.
 */
const IDLE_MS = 3000;
const FILE = 'large-pack.json';
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Popup page: what it says in its status and alert regions and its entry count, to explain a failed wait. */
function saying(): string {
  const text = (selector: string) =>
    [...document.querySelectorAll(selector)].map((element) => element.textContent?.trim()).join(' | ');
  const count = document.body.textContent?.match(/\d+ (of \d+ )?entries/)?.[0];
  return `status: ${text('[role="status"]')}; alert: ${text('[role="alert"]')}; list: ${count}`;
}

/** Waits until the page's text matches `pattern`; returns how long that took, or fails saying what the page says. */
async function until(page: PageHandle, pattern: RegExp, timeoutMs: number): Promise<number> {
  const start = Date.now();
  try {
    await page.waitFor(
      ({ source, flags }) => new RegExp(source, flags).test(document.body.textContent ?? ''),
      { source: pattern.source, flags: pattern.flags },
      timeoutMs,
    );
  } catch {
    throw new Error(`${pattern} not shown within ${timeoutMs} ms; ${await page.evaluate(saying, null)}`);
  }
  return Date.now() - start;
}

/**
 * Extension page (it shares the background's database): whether the page matcher kept for the stored version
 * travels deflated, or null while none is kept. Self-contained, as the browser runs it in the page.
 */
function keptDeflated(): Promise<boolean | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('fact-linker');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['meta', 'kept-matcher']);
      let deflated: boolean | null = null;
      tx.objectStore('meta').get('version').onsuccess = (event) => {
        const version = (event.target as IDBRequest<number | undefined>).result ?? 0;
        tx.objectStore('kept-matcher').get(version).onsuccess = (got) => {
          const kept = (got.target as IDBRequest<{ matcher: { matcher: { deflated: boolean } } } | undefined>)
            .result;
          deflated = kept?.matcher.matcher.deflated ?? null;
        };
      };
      tx.oncomplete = () => {
        db.close();
        resolve(deflated);
      };
    };
  });
}

/** Popup page: what its alert regions say (an error), or nothing. */
function alerts(): string {
  const said = [...document.querySelectorAll('[role="alert"]')].map((element) => element.textContent?.trim());
  return said.filter(Boolean).join(' | ');
}

/** Popup page: whether an import reported its result, or an alert says why not. */
function importSettled(): boolean {
  const said = [...document.querySelectorAll('[role="alert"]')].map((element) => element.textContent?.trim());
  return /Imported “/.test(document.body.textContent ?? '') || said.some(Boolean);
}

/** Popup page: whether the preview is shown and clean ("Import" enabled), or an alert says why not. */
function previewSettled(): boolean {
  const said = [...document.querySelectorAll('[role="alert"]')].map((element) => element.textContent?.trim());
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Import');
  return (button !== undefined && !button.disabled) || said.some(Boolean);
}

describe.each<BrowserName>(['chromium', 'firefox'])('a 10,000-entry pack imported in %s', (name) => {
  let ext: DrivenExtension;
  let starter: KbPack;
  let large: KbPack;
  let text: string;

  const openPopup = () => ext.openExtensionPage('popup.html?view=tab');
  const pick = (page: PageHandle) => run(page, { click: 'Import / export' }, { pick: { name: FILE, text } });

  beforeAll(async () => {
    [starter, large] = (await kbPacks(repo, [10_000])) as [KbPack, KbPack];
    text = large.texts[0]!;
    ext =
      name === 'chromium'
        ? await launchChromium(E2E_BUILDS.chromium)
        : await launchFirefox(E2E_BUILDS.firefox, { 'extensions.background.idle.timeout': IDLE_MS });
    const page = await openPopup();
    for (
      const deadline = Date.now() + 15_000;
      (await entryCount(page)) < starter.entries && Date.now() < deadline;
    )
      await new Promise((resolve) => setTimeout(resolve, 100));
    await page.close();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('leaves the knowledge base unchanged when the tab closes while the pack is being sent', async () => {
    const popup = await openPopup();
    await pick(popup);
    await until(popup, /Checking records: [1-9][\d,]* of/, 20_000);
    await popup.close();
    const check = await openPopup();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await entryCount(check)).toBe(starter.entries);
    await check.close();
  });

  it('previews and imports it chunk by chunk with progress, outlasting a shortened idle timeout in Firefox', async () => {
    const popup = await openPopup();
    const started = Date.now();
    await pick(popup);
    const checking = await until(popup, /Checking records: [\d,]+ of 10,\d{3}…/, 20_000);
    await popup.waitFor(previewSettled, null, 40_000);
    const previewed = Date.now() - started;
    expect(await popup.evaluate(alerts, null)).toBe('');
    await run(popup, { click: 'Import' });
    await until(popup, /Writing 10,\d{3} records…|Imported “/, 10_000);
    await popup.waitFor(importSettled, null, 45_000);
    expect(await popup.evaluate(alerts, null)).toBe('');
    await until(
      popup,
      new RegExp(
        `Imported “${literally(large.label)}”: ${(large.entries - starter.entries).toLocaleString('en')} added`,
      ),
      5_000,
    );
    const total = Date.now() - started;
    console.log(
      `${name}: progress after ${checking} ms, preview after ${previewed} ms, imported after ${total} ms`,
    );

    expect(await entryCount(popup)).toBe(large.entries);
    if (name === 'firefox') expect(total).toBeGreaterThan(IDLE_MS);
    await run(popup, { click: 'Entries' });
    await until(popup, new RegExp(`(?<![\\d,])${large.entries.toLocaleString('en')} entries`), 15_000);
    await popup.close();
  }, 90_000);

  it("unpacks the imported base's matcher in a page's content script, sent raw", async () => {
    const site = await serve();
    try {
      const desk = await ext.openExtensionPage('paint.html');
      await ext.openPage(site.url);
      await expect.poll(() => desk.evaluate(reportedIds, site.url), { timeout: 20_000 }).toContain('macron');
      await expect.poll(() => desk.evaluate(keptDeflated, null), { timeout: 10_000 }).toBe(false);
    } finally {
      await site.close();
    }
  }, 40_000);
});

/**
 * A base whose wire pages get deflated: 70,000 entries make 2.65 MiB of raw bytes, over the 2.5 MiB from which both
 * browsers' are deflated (`DEFLATE_FROM`, utils/matcher/wire-deflate.ts); 50,000 make 1.68 MiB.
 */
describe.each<BrowserName>(['chromium', 'firefox'])('a 70,000-entry base in %s', (name) => {
  let ext: DrivenExtension;
  beforeAll(async () => {
    ext = await launchBrowser(name);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it("travels deflated, too large to send raw, and a page's content script inflates and unpacks it", async () => {
    const [, huge] = (await kbPacks(repo, [70_000])) as [KbPack, KbPack];
    const desk = await ext.openExtensionPage('paint.html');
    await desk.evaluate(importPackTexts, huge.texts);
    const site = await serve();
    try {
      await ext.openPage(site.url);
      await expect.poll(() => desk.evaluate(reportedIds, site.url), { timeout: 60_000 }).toContain('macron');
      await expect.poll(() => desk.evaluate(keptDeflated, null), { timeout: 10_000 }).toBe(true);
    } finally {
      await site.close();
    }
  }, 300_000);
});
