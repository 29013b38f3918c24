import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import puppeteer, { type Browser, type Page as PuppeteerPage } from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, closeWelcome, extensionFlags } from '../../scripts/chromium.mjs';
import { FIREFOX_PATH } from '../../scripts/firefox.mjs';
import { type PageHandle, wrapPlaywright, wrapPuppeteer } from './page-handle';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const VIEWPORT = { width: 1280, height: 900 };

/** The unpacked builds `npm run build` makes, one per browser. */
export const BUILDS = {
  chromium: join(repo, '.output/chrome-mv3'),
  firefox: join(repo, '.output/firefox-mv3'),
} as const;

/** The browsers the end-to-end suite runs in. */
export type BrowserName = keyof typeof BUILDS;

/** What every test needs from a browser with the extension loaded, whichever browser it is. */
export interface ExtensionBrowser {
  name: BrowserName;
  /** URL of the running background (service worker or event page), or null when none runs. */
  backgroundUrl(): Promise<string | null>;
  /** Opens a page of the extension (same origin as the background, so it sees its IndexedDB). */
  openExtensionPage(path?: string): Promise<PageHandle>;
  /** Opens a web page, where the content script runs. */
  openPage(url: string): Promise<PageHandle>;
  close(): Promise<void>;
}

/** Chromium through playwright-core, with the handles Chromium-only checks need. */
export interface ChromiumExtension extends ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

/** Firefox ESR through puppeteer-core over WebDriver BiDi, with the extension as a temporary add-on. */
export interface FirefoxExtension extends ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  /** `moz-extension://<uuid>/`: the UUID is fixed at launch so extension pages can be opened. */
  baseUrl: string;
}

/** The slice of Firefox's `browser` namespace used inside its extension pages. */
interface FirefoxApi {
  runtime: { getBackgroundPage(): Promise<Window | null> };
}

/** Fails early with the fix when the build is missing. */
function requireBuild(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`No extension build in ${dir}: run npm run build`);
  return dir;
}

/**
 * Waits for a page to be at `url` and loaded. A poll that lands mid-navigation can fail with a BiDi protocol
 * error (the realm it ran in is gone) instead of answering false, so such errors are polled through until the
 * deadline.
 */
async function untilLoaded(page: PuppeteerPage, url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = deadline - Date.now();
    try {
      await page.waitForFunction(
        (u) => location.href === u && document.readyState === 'complete',
        { timeout: left },
        url,
      );
      return;
    } catch (error) {
      if (left <= 0 || (error as Error).name === 'TimeoutError') throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** How a browser is launched for a suite: the first-run guide left open, a colour scheme, a UI language. */
export interface LaunchLook {
  keepWelcome?: boolean;
  scheme?: 'light' | 'dark';
  /** The browser's own UI language (what `i18n.getUILanguage()` answers), e.g. `fr`. */
  lang?: string;
}

/** Launches headless Chromium with the unpacked Chrome build loaded in a throwaway profile. */
export async function launchChromium(
  dir = BUILDS.chromium,
  { keepWelcome = false, scheme, lang }: LaunchLook = {},
): Promise<ChromiumExtension> {
  const extensionDir = requireBuild(dir);
  const profile = await mkdtemp(join(tmpdir(), 'fact-linker-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: VIEWPORT,
    colorScheme: scheme,
    locale: lang,
    // On Linux Chromium takes its UI language from LANGUAGE, not from --lang.
    env: lang ? { ...process.env, LANGUAGE: lang } : undefined,
    args: [...extensionFlags(extensionDir), ...CHROMIUM_FLAGS, ...(lang ? [`--lang=${lang}`] : [])],
  });
  try {
    const serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    const origin = `chrome-extension://${extensionId}/`;
    // Left open, the first-run guide takes the active tab and headless Chromium stops frames in the tested one.
    if (!keepWelcome) await closeWelcome(context);
    return {
      name: 'chromium',
      context,
      extensionId,
      serviceWorker,
      backgroundUrl: async () =>
        context
          .serviceWorkers()
          .find((w) => w.url().startsWith(origin))
          ?.url() ?? null,
      openExtensionPage: async (path = 'popup.html') => {
        const page = await context.newPage();
        await page.goto(origin + path);
        return wrapPlaywright(page);
      },
      openPage: async (url) => {
        const page = await context.newPage();
        await page.goto(url);
        return wrapPlaywright(page);
      },
      close: async () => {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Closes the first-run guide the extension opens on install. Left open, it takes the front, and Firefox then hides
 * the tested tab and slows its rendering: intersection reports and timers came seconds late (a frames test that
 * waited 15 s for a paragraph's highlight failed in about one run in four, always with its page hidden).
 */
async function closeFirefoxWelcome(browser: Browser): Promise<void> {
  const isWelcome = (url: string) => url.endsWith('/welcome.html');
  const target =
    browser.targets().find((candidate) => isWelcome(candidate.url())) ??
    (await browser
      .waitForTarget((candidate) => isWelcome(candidate.url()), { timeout: 5_000 })
      .catch(() => null));
  await (await target?.page())?.close();
}

/**
 * Launches headless Firefox ESR and installs the unpacked Firefox build as a temporary add-on; `prefs` are set on top
 * (e.g. a short `extensions.background.idle.timeout`, to test what survives the event page's idle stop).
 */
export async function launchFirefox(
  dir = BUILDS.firefox,
  prefs: Record<string, string | number | boolean> = {},
  { keepWelcome = false }: Pick<LaunchLook, 'keepWelcome'> = {},
): Promise<FirefoxExtension> {
  const extensionDir = requireBuild(dir);
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: unknown = (manifest.browser_specific_settings ?? manifest.applications)?.gecko?.id;
  if (typeof geckoId !== 'string')
    throw new Error('The Firefox build needs browser_specific_settings.gecko.id');
  const uuid = crypto.randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: VIEWPORT,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...prefs, 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) },
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    if (!keepWelcome) await closeFirefoxWelcome(browser);
    const baseUrl = `moz-extension://${uuid}/`;
    const openExtensionPage = async (path = 'popup.html') => {
      const page = await browser.newPage();
      const url = baseUrl + path;
      // page.goto never settles for moz-extension:// pages: start it, then wait for the document.
      page.goto(url).catch(() => undefined);
      await untilLoaded(page, url);
      return wrapPuppeteer(page);
    };
    return {
      name: 'firefox',
      browser,
      extensionId,
      baseUrl,
      backgroundUrl: async () => {
        const page = await openExtensionPage();
        try {
          return await page.evaluate(async () => {
            const api = (globalThis as unknown as { browser: FirefoxApi }).browser;
            return (await api.runtime.getBackgroundPage())?.location.href ?? null;
          }, undefined);
        } finally {
          await page.close();
        }
      },
      openExtensionPage,
      openPage: async (url) => {
        const page = await browser.newPage();
        await page.goto(url);
        return wrapPuppeteer(page);
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Firefox preferences for a look: the content colour scheme (0 dark, 1 light) and the requested UI language, which
 * Firefox ESR honours only with its language pack installed (Debian's firefox-esr-l10n-*, which .ci/run installs).
 */
function firefoxPrefs({ scheme, lang }: LaunchLook): Record<string, string | number> {
  return {
    ...(scheme ? { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 } : {}),
    ...(lang ? { 'intl.locale.requested': lang, 'extensions.autoDisableScopes': 0 } : {}),
  };
}

/** Launches the named browser, so one suite can run against both. */
export function launchBrowser(
  name: BrowserName,
  look: LaunchLook = {},
): Promise<ChromiumExtension | FirefoxExtension> {
  return name === 'chromium'
    ? launchChromium(BUILDS.chromium, look)
    : launchFirefox(BUILDS.firefox, firefoxPrefs(look), look);
}
