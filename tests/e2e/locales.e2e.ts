import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type ExtensionBrowser, launchBrowser } from './browsers';
import type { PageHandle } from './page-handle';
import { run, waitText } from './popup-steps';

type Catalog = Record<string, { message: string }>;

/** A language's messages, as the build ships them: a lookup that fails on a missing key. */
function catalog(lang: string): (key: string) => string {
  const file = new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url);
  const messages: Catalog = JSON.parse(readFileSync(file, 'utf8'));
  return (key) => {
    const message = messages[key]?.message;
    if (message === undefined) throw new Error(`No ${key} in ${lang}`);
    return message;
  };
}

const TABS = [
  'popup_tab_page',
  'popup_tab_entries',
  'popup_tab_packs',
  'popup_tab_import',
  'popup_tab_settings',
];

/** Popup page: the labels of its tabs, in order, and the document's language. */
function tabLabels(): { tabs: string[]; lang: string } {
  const tabs = [...document.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent?.trim() ?? '');
  return { tabs, lang: document.documentElement.lang };
}

describe.each<[BrowserName, string]>([
  ['chromium', 'fr'],
  ['chromium', 'uk'],
  ['firefox', 'fr'],
  ['firefox', 'uk'],
])('%s in %s', (name, lang) => {
  let ext: ExtensionBrowser;
  let popup: PageHandle;
  const messages = catalog(lang);
  const english = catalog('en');

  beforeAll(async () => {
    ext = await launchBrowser(name, { lang });
    popup = await ext.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('shows the popup in the browser’s language', async () => {
    await waitText(popup, messages('popup_tab_entries'));
    const { tabs, lang: documentLang } = await popup.evaluate(tabLabels, null);
    expect(tabs).toEqual(TABS.map(messages));
    expect(tabs).not.toEqual(TABS.map(english));
    expect(documentLang).toBe(lang);
    await run(
      popup,
      { click: messages('popup_tab_entries') },
      { fill: messages('search_entries'), value: 'macron' },
    );
    await popup.waitFor(
      () => document.querySelector('[role="option"]')?.textContent?.includes('Emmanuel Macron') ?? false,
      null,
      10_000,
    );
  });
});
