import puppeteer from 'puppeteer-core';
import { FIREFOX_PATH, OFFLINE_PREFS } from '../../scripts/firefox.mjs';
import { type BrowserName, BUILDS, launchChromium } from './browsers';
import { installDomWatch } from './corpus-probe';
import { type PageHandle, wrapPlaywright, wrapPuppeteer } from './page-handle';

/** One tab of a browser with the extension, reused page after page, with the DOM watch installed before we run. */
export interface CorpusTab {
  page: PageHandle;
  /** Navigates and resolves once the document and its local resources have loaded. */
  goto(url: string): Promise<void>;
  /** Our warnings and errors, and exceptions, since the last call: one line each for the failure report. */
  takeProblems(): string[];
  /** Closes the browser. */
  close(): Promise<void>;
}

const GOTO_TIMEOUT_MS = 20_000;

/** Keeps console warnings and errors that name the extension: the content script prefixes its own with it. */
function ours(level: string, text: string): boolean {
  return (level === 'warning' || level === 'warn' || level === 'error') && text.includes('Fact Linker');
}

/** Opens the corpus tab in Chromium, where playwright-core reports the console and exceptions of every world. */
async function openChromiumTab(origin: string): Promise<CorpusTab> {
  const ext = await launchChromium();
  const page = await ext.context.newPage();
  const problems: string[] = [];
  await page.addInitScript(installDomWatch);
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  page.on('console', (message) => {
    if (ours(message.type(), message.text())) problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  return {
    page: wrapPlaywright(page),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load', timeout: GOTO_TIMEOUT_MS });
    },
    takeProblems: () => problems.splice(0),
    close: () => ext.close(),
  };
}

/**
 * Opens the corpus tab in Firefox ESR over WebDriver BiDi. Firefox also reports blocked resources (our CSP, CORS,
 * fonts) as page errors; only entries with a call stack are exceptions thrown by running code.
 */
async function openFirefoxTab(): Promise<CorpusTab> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: OFFLINE_PREFS,
  });
  try {
    await browser.installExtension(BUILDS.firefox);
    const page = await browser.newPage();
    const problems: string[] = [];
    await page.evaluateOnNewDocument(installDomWatch);
    page.on('console', (message) => {
      if (ours(message.type(), message.text())) problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => {
      if (error instanceof Error && /\n\s+at /.test(error.stack ?? ''))
        problems.push(`exception: ${error.message}`);
    });
    return {
      page: wrapPuppeteer(page),
      goto: async (url) => {
        // The first-run guide opens in a tab of its own when it likes; Firefox then slows the timers of this tab,
        // which it hides, and scans crawl (every page "still changing" in one CI-like run). Keep this one in front.
        await page.bringToFront();
        await page.goto(url, { waitUntil: 'load', timeout: GOTO_TIMEOUT_MS });
      },
      takeProblems: () => problems.splice(0),
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Launches the named browser with the built extension and opens the one tab the corpus run navigates. */
export function openCorpusTab(name: BrowserName, origin: string): Promise<CorpusTab> {
  return name === 'chromium' ? openChromiumTab(origin) : openFirefoxTab();
}
