import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** A function run inside the page: it is serialised, so it may use only its argument and the page's globals. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

/** One page driven the same way through playwright-core (Chromium) and puppeteer-core (Firefox). */
export interface PageHandle {
  url(): string;
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Resolves once `fn` returns something truthy in the page; rejects after `timeoutMs`. */
  waitFor<A>(fn: PageFunction<A, unknown>, arg: A, timeoutMs: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Runs script source as DevTools would, which extension pages' CSP does not block (eval would be): axe-core. */
  evaluateScript(source: string): Promise<unknown>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Adapts a playwright-core page. */
export function wrapPlaywright(page: PlaywrightPage): PageHandle {
  return {
    url: () => page.url(),
    evaluate: <A, R>(fn: PageFunction<A, R>, arg: A) => page.evaluate(fn as (arg: unknown) => R, arg),
    waitFor: async (fn, arg, timeoutMs) => {
      await page.waitForFunction(fn as (arg: unknown) => unknown, arg, { timeout: timeoutMs, polling: 50 });
    },
    click: (selector) => page.click(selector),
    evaluateScript: (source) => page.evaluate(source),
    screenshot: async (path) => {
      // The default caret hiding writes style attributes into the page, which the mutation check would see.
      await page.screenshot({ path, caret: 'initial' });
    },
    close: () => page.close(),
  };
}

/** Adapts a puppeteer-core page. */
export function wrapPuppeteer(page: PuppeteerPage): PageHandle {
  return {
    url: () => page.url(),
    evaluate: <A, R>(fn: PageFunction<A, R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => Promise<unknown>, arg) as Promise<R>,
    waitFor: async (fn, arg, timeoutMs) => {
      await page.waitForFunction(fn as (arg: unknown) => unknown, { timeout: timeoutMs, polling: 50 }, arg);
    },
    click: (selector) => page.click(selector),
    evaluateScript: (source) => page.evaluate(source),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}
