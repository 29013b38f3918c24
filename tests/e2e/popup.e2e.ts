import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { type BrowserName, launchChromium, launchFirefox } from './browsers';
import type { PageHandle } from './page-handle';
import { axeViolations, captureDownloads, listedNames, popupText } from './popup-probes';
import { entryCount, exportAll, highlighted, run, waitText } from './popup-steps';
import { type DrivenExtension, rawPage } from './raw-page';
import { tabIdOf } from './reported-ids';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const NEWS =
  'Talks went on late. Zelda Quartermaine told reporters the plan was “close”; Quartermaine left at ten.';

describe.each<BrowserName>(['chromium', 'firefox'])('popup in %s', (name) => {
  let site: Awaited<ReturnType<typeof serve>>;
  let ext: DrivenExtension;
  let popup: PageHandle;

  const count = () => entryCount(popup);

  beforeAll(async () => {
    site = await serve();
    ext = name === 'chromium' ? await launchChromium() : await launchFirefox();
    popup = await ext.openExtensionPage('popup.html');
    for (const deadline = Date.now() + 15_000; (await count()) < 30 && Date.now() < deadline; )
      await new Promise((resolve) => setTimeout(resolve, 100));
    await popup.evaluate(captureDownloads, null);
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('sets its text at 14 px in both browsers, not at a browser-scaled default', async () => {
    const sizes = await popup.evaluate(
      () => ['body', 'p', 'button'].map((tag) => getComputedStyle(document.querySelector(tag)!).fontSize),
      null,
    );
    expect(sizes[0]).toBe('14px');
    expect(sizes.every((size) => Number.parseFloat(size) >= 12)).toBe(true);
  });

  it('lists the starter pack and finds António Guterres by searching "guterres"', async () => {
    await run(popup, { click: 'Entries' });
    await waitText(popup, `${await count()} entries`);
    expect((await popup.evaluate(listedNames, null)).length).toBeGreaterThan(3);
    await run(popup, { fill: 'Search entries', value: 'guterres' });
    await waitText(popup, `of ${await count()} entries`);
    const found = await popup.evaluate(listedNames, null);
    expect(found[0]).toBe('António Guterres');
    expect(found.length).toBeLessThanOrEqual(2);
  });

  it('highlights a new entry on an open page without reload, and unhighlights it when deleted', async () => {
    const demo = await ext.openPage(site.url);
    await demo.evaluate((text) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = text;
      document.querySelector('article h1')?.after(paragraph);
    }, NEWS);
    await expect.poll(() => highlighted(demo), { timeout: 15_000 }).toContain('Macron');
    expect((await highlighted(demo)).filter((text) => text.includes('Quartermaine'))).toEqual([]);

    await run(
      popup,
      { click: 'Entries' },
      { click: 'New entry' },
      { fill: 'Name', value: 'Zelda Quartermaine' },
      { choose: 'Kind', value: 'person' },
      { click: 'Add alias' },
      { fill: 'Alias', value: 'Quartermaine' },
      { click: 'Save' },
    );
    await waitText(popup, 'Saved “Zelda Quartermaine”', 'status');
    await (await rawPage(ext, demo)).bringToFront();
    await expect
      .poll(async () => (await highlighted(demo)).filter((text) => text.includes('Quartermaine')), {
        timeout: 10_000,
      })
      .toEqual(['Zelda Quartermaine', 'Quartermaine']);

    await run(popup, { fill: 'Search entries', value: 'quartermaine' });
    await popup.waitFor(() => document.querySelectorAll('[role="option"]').length === 1, null, 5_000);
    await run(popup, { click: 'Zelda Quartermaine' });
    await waitText(popup, 'Edit Zelda Quartermaine');
    await run(popup, { click: 'Delete' });
    await waitText(popup, 'Deleted “Zelda Quartermaine”.', 'status');
    expect(await popup.evaluate(() => document.querySelector('.fl-undo button')?.textContent, null)).toBe(
      'Undo',
    );
    await expect
      .poll(async () => (await highlighted(demo)).filter((text) => text.includes('Quartermaine')), {
        timeout: 10_000,
      })
      .toEqual([]);
    await demo.close();
  });

  it('lists what the page mentions, in reading order, for the tab it was opened from', async () => {
    const demo = await ext.openPage(site.url);
    await expect.poll(() => highlighted(demo), { timeout: 15_000 }).toContain('Keir Starmer');
    const tabId = await popup.evaluate(tabIdOf, site.url);
    expect(tabId).not.toBeNull();
    const page = await ext.openExtensionPage(`popup.html?view=tab&from=${tabId}`);
    await page.waitFor(() => /\d+ entries on this page/.test(document.body.textContent ?? ''), null, 10_000);
    const names = await page.evaluate(
      () => [...document.querySelectorAll('.fl-mention-name')].map((name) => name.textContent),
      null,
    );
    expect(names).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Keir Starmer']));
    expect(names.indexOf('Emmanuel Macron')).toBeLessThan(names.indexOf('Keir Starmer'));
    await page.evaluateScript(AXE);
    expect(await page.evaluate(axeViolations, null)).toEqual([]);
    await run(page, { click: 'Keir Starmer' });
    expect(await page.evaluate(() => document.querySelector('[role="tablist"]') !== null, null)).toBe(true);
    await page.close();
    await demo.close();
  });

  it('opens the editor prefilled from the context menu URL', async () => {
    const hash = new URLSearchParams({
      name: 'Ilse Marlowe',
      url: `${site.url}story`,
      title: 'Harbour Courier',
    });
    const page = await ext.openExtensionPage(`popup.html?view=tab#new?${hash}`);
    await waitText(page, 'New entry');
    const values = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLInputElement>('form input[type="text"], form input[type="url"]')]
          .map((input) => input.value)
          .filter(Boolean),
      null,
    );
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'), null);
    expect(values).toEqual(['Ilse Marlowe', 'Ilse Marlowe', today, 'Harbour Courier', `${site.url}story`]);
    expect(await page.evaluate(() => document.body.classList.contains('fl-wide'), null)).toBe(true);
    expect((await page.evaluate(popupText, null)).body).not.toContain('Open in tab');
    await page.close();
  });

  it('refuses bad packs with a clear reason and leaves the knowledge base as it was', async () => {
    const before = await count();
    const base = {
      format: 'fact-linker-pack',
      title: 'Bad',
      exportedAt: '2025-01-01T00:00:00Z',
      facts: [],
      stances: [],
    };
    const cases: {
      pick: { name: string; text?: string; bytes?: number };
      expected: string;
      where: 'alert' | 'body';
    }[] = [
      {
        pick: { name: 'broken.json', text: '{"format": "fact-linker-pack",' },
        expected: 'Not JSON',
        where: 'alert',
      },
      {
        pick: { name: 'future.json', text: JSON.stringify({ ...base, version: 3, entries: [] }) },
        expected: 'Pack version 3 is not supported',
        where: 'alert',
      },
      {
        pick: {
          name: 'invalid.json',
          text: JSON.stringify({ ...base, version: 1, entries: [{ id: 'x', kind: 'person' }] }),
        },
        expected: 'Fix the invalid item in the file first',
        where: 'body',
      },
      {
        pick: { name: 'huge.json', bytes: 20 * 1024 * 1024 },
        expected: '“huge.json” is 20.0 MB: a pack can be at most 10.0 MB',
        where: 'alert',
      },
    ];
    await run(popup, { click: 'Import / export' });
    for (const { pick, expected, where } of cases) {
      await run(popup, { pick });
      await waitText(popup, expected, where);
      const importButton = await popup.evaluate(
        () =>
          [...document.querySelectorAll('button')].find((button) =>
            /^(Import|Replace and import…)$/.test(button.textContent ?? ''),
          )?.disabled ?? 'absent',
        null,
      );
      expect(importButton, pick.name).not.toBe(false);
    }
    expect(await count()).toBe(before);
  });

  it('gets the same knowledge base back after export and import (replace)', async () => {
    const first = await exportAll(popup);
    expect(first.name).toMatch(/^fact-linker-\d{4}-\d{2}-\d{2}\.json$/);
    await run(popup, { pick: { name: first.name, text: first.text } });
    await waitText(popup, 'How to import');
    await run(popup, { click: 'Replace the knowledge base' });
    await run(popup, { click: 'Replace and import…' });
    await waitText(popup, 'Replace the knowledge base with');
    await run(popup, { click: 'Remove and import' });
    await waitText(popup, 'Imported', 'status');
    const second = await exportAll(popup);
    const { exportedAt: _a, ...before } = JSON.parse(first.text);
    const { exportedAt: _b, ...after } = JSON.parse(second.text);
    expect(before.entries.length).toBeGreaterThanOrEqual(30);
    expect(after).toEqual(before);
  });

  it('works by keyboard alone: tabs, search, list and editor', async () => {
    const page = await ext.openExtensionPage('popup.html');
    const keys = await rawPage(ext, page);
    await page.waitFor(() => document.querySelector('[role="tab"]') !== null, null, 5_000);
    for (let presses = 0; presses < 5; presses++) {
      if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab', null)) break;
      await keys.press('Tab');
    }
    await keys.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent, null)).toBe('Entries');
    for (let presses = 0; presses < 5; presses++) {
      if (
        await page.evaluate(
          () => (document.activeElement as HTMLInputElement | null)?.type === 'search',
          null,
        )
      )
        break;
      await keys.press('Tab');
    }
    await page.waitFor(() => document.querySelectorAll('[role="option"]').length > 3, null, 5_000);
    await keys.type('guterres');
    await waitText(page, `of ${await count()} entries`);
    await keys.press('ArrowDown');
    await keys.press('Enter');
    await waitText(page, 'Edit António Guterres');
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLInputElement | null)?.value ?? null,
      null,
    );
    expect(focused).toBe('António Guterres');
    expect(await page.evaluate(popupText, null)).toMatchObject({ alert: '' });
    await page.close();
  });
});
