import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ChromiumExtension, FirefoxExtension } from './browsers';
import type { PageHandle } from './page-handle';

/** A launched browser whose driver handles are reachable, so a test can go below the shared PageHandle. */
export type DrivenExtension = ChromiumExtension | FirefoxExtension;

/** What the popup suite needs beyond PageHandle: real key presses, script text, and showing a tab. */
export interface RawPage {
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  bringToFront(): Promise<void>;
}

function fromPlaywright(page: PlaywrightPage): RawPage {
  return {
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    bringToFront: () => page.bringToFront(),
  };
}

function fromPuppeteer(page: PuppeteerPage): RawPage {
  return {
    press: (key) => page.keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]),
    type: (text) => page.keyboard.type(text),
    bringToFront: () => page.bringToFront(),
  };
}

/** The driver's own page behind a PageHandle, found by URL (the most recently opened one when several match). */
export async function rawPage(ext: DrivenExtension, handle: PageHandle): Promise<RawPage> {
  const url = handle.url();
  if ('context' in ext) {
    const page = ext.context
      .pages()
      .filter((p) => p.url() === url)
      .at(-1);
    if (!page) throw new Error(`No Chromium page at ${url}`);
    return fromPlaywright(page);
  }
  const page = (await ext.browser.pages()).filter((p) => p.url() === url).at(-1);
  if (!page) throw new Error(`No Firefox page at ${url}`);
  return fromPuppeteer(page);
}
