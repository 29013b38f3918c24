import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, launchBrowser } from './browsers';
import { type PackServer, packServer } from './pack-server';
import type { PageHandle } from './page-handle';
import { axeViolations } from './popup-probes';
import { entryCount, highlighted, run, waitText } from './popup-steps';
import type { DrivenExtension } from './raw-page';
import { PACK_TITLE, packText, QUINCY, ZELDA } from './subscription-packs';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>League envoys</title></head>
<body><main><article><h1>Envoys talk ceasefire</h1><p>${ZELDA} met Emmanuel Macron and Keir Starmer to discuss
security guarantees for Ukraine after a ceasefire; ${QUINCY} joined the coalition of the willing's call.</p>
</article></main></body></html>`;

/** Popup page: the value of the field labelled `name` (its own text), or null. */
function fieldValue(name: string): string | null {
  const label = [...document.querySelectorAll('label')].find((candidate) =>
    [...candidate.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim() === name,
    ),
  );
  const control = label?.htmlFor ? document.getElementById(label.htmlFor) : label?.querySelector('input');
  return (control as HTMLInputElement | null)?.value ?? null;
}

/** Opens Zelda in the popup's editor and returns her role as stored. */
async function zeldaRole(popup: PageHandle): Promise<string | null> {
  await run(popup, { click: 'Entries' }, { fill: 'Search entries', value: 'quartermaine' }, { click: ZELDA });
  await waitText(popup, `Edit ${ZELDA}`);
  return popup.evaluate(fieldValue, 'Role');
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s subscriptions', (name) => {
  let site: PackServer;
  let elsewhere: PackServer;
  let ext: DrivenExtension;
  let popup: PageHandle;
  let article: PageHandle;

  beforeAll(async () => {
    site = await packServer();
    elsewhere = await packServer();
    site.set('/pack.json', packText(1, elsewhere.url), 'application/json', '"v1"');
    site.set('/article.html', ARTICLE, 'text/html; charset=utf-8');
    ext = await launchBrowser(name);
    article = await ext.openPage(`${site.url}/article.html`);
    popup = await ext.openExtensionPage('popup.html?view=tab');
    await popup.evaluateScript(AXE);
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
    await elsewhere?.close();
  });

  it('subscribes by address after a preview, and the pack’s names light up on an open page', async () => {
    await expect.poll(() => highlighted(article), { timeout: 15_000 }).toContain('Emmanuel Macron');
    expect(await highlighted(article)).not.toContain(ZELDA);
    await run(popup, { click: 'Packs' }, { fill: 'Pack address', value: `${site.url}/pack.json` });
    // A trusted click: Firefox lets permissions.request run only in a real user input handler.
    await popup.click('.fl-subscribe button[type="submit"]');
    await waitText(popup, `${PACK_TITLE}, version 2026-01-01`);
    expect(await popup.evaluate(axeViolations, null)).toEqual([]);
    await run(popup, { click: 'Subscribe' });
    await waitText(popup, PACK_TITLE);
    await expect.poll(() => highlighted(article), { timeout: 10_000 }).toContain(ZELDA);
  });

  it('keeps the reader’s edit through an update that changes the same entry, and adds what is new', async () => {
    expect(await zeldaRole(popup)).toBe('Envoy of the Harbour League');
    await run(popup, { fill: 'Role', value: 'My own note on her role' }, { click: 'Save' });
    await waitText(popup, 'Saved');
    expect(await zeldaRole(popup)).toBe('My own note on her role');
    site.set('/pack.json', packText(2, elsewhere.url), 'application/json', '"v2"');
    await run(popup, { click: 'Packs' }, { click: 'Check for updates' });
    await waitText(popup, `${PACK_TITLE}, version 2026-02-01`);
    await waitText(popup, `Entry “${ZELDA}”`);
    expect(await popup.evaluate(axeViolations, null)).toEqual([]);
    await run(popup, { click: 'Update' });
    await expect.poll(() => highlighted(article), { timeout: 10_000 }).toContain(QUINCY);
    expect(await zeldaRole(popup)).toBe('My own note on her role');
  });

  it('reports a broken version clearly and changes nothing; no request goes anywhere but the pack’s address', async () => {
    const before = await entryCount(popup);
    site.set('/pack.json', packText(3, elsewhere.url), 'application/json', '"v3"');
    await run(popup, { click: 'Packs' }, { click: 'Check for updates' });
    await waitText(popup, 'The last check failed');
    expect(await entryCount(popup)).toBe(before);
    expect(await zeldaRole(popup)).toBe('My own note on her role');
    expect(elsewhere.requests).toEqual([]);
    const asked = new Set(site.requests.map((request) => request.replace(/^GET /, '')));
    asked.delete('/favicon.ico');
    expect([...asked].sort()).toEqual(['/article.html', '/pack.json']);
  });
});
