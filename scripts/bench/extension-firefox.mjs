import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { FIREFOX_PATH, OFFLINE_PREFS } from '../firefox.mjs';

const VIEWPORT = { width: 1280, height: 900 };

/**
 * @typedef {Awaited<ReturnType<typeof launchFirefox>>} FirefoxRun
 */

/**
 * Headless Firefox ESR over WebDriver BiDi, with the built extension at `extensionDir` installed as a temporary
 * add-on (its moz-extension UUID fixed at launch so its pages can be opened) or with no extension when null.
 * `--remote-allow-system-access` lets `privileged` run a function in the browser's own chrome window, where
 * ChromeUtils and the memory reporters are: Firefox has no TaskDuration nor JS heap metric for a page.
 * @param {string | null} extensionDir
 */
export async function launchFirefox(extensionDir) {
  const uuid = crypto.randomUUID();
  const manifest = extensionDir
    ? JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8'))
    : null;
  const geckoId = manifest?.browser_specific_settings?.gecko?.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: VIEWPORT,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...OFFLINE_PREFS,
      ...(geckoId ? { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) } : {}),
    },
  });
  try {
    if (extensionDir) await browser.installExtension(extensionDir);
    const tree = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const chromeWindow = tree.result.contexts[0]?.context;
    if (!chromeWindow) throw new Error('Firefox showed no chrome window');
    return {
      browser,
      version: (await browser.version()).replace(/^firefox\//i, ''),
      /** `moz-extension://<uuid>/`, or '' without the extension. */
      origin: extensionDir ? `moz-extension://${uuid}/` : '',
      /**
       * Runs `fn(arg)` in the browser's chrome window and returns its JSON-safe result.
       * @template T
       * @param {(arg: any) => T | Promise<T>} fn
       * @param {unknown} [arg]
       * @returns {Promise<T>}
       */
      async privileged(fn, arg = null) {
        const expression = `(async () => JSON.stringify(await (${fn})(${JSON.stringify(arg)})))()`;
        const { result } = await browser.connection.send('script.evaluate', {
          expression,
          target: { context: chromeWindow },
          awaitPromise: true,
        });
        if (result.type !== 'success') throw new Error(`privileged script failed: ${JSON.stringify(result)}`);
        return JSON.parse(result.result.value);
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Chrome window: CPU time (all threads, in ms) of every content process, with the pages it shows, from
 * ChromeUtils.requestProcInfo.
 * @returns {Promise<{ pid: number, cpuMs: number, urls: string[] }[]>}
 */
export async function processCpu() {
  const info = await ChromeUtils.requestProcInfo();
  return info.children.map((child) => ({
    pid: child.pid,
    cpuMs: child.cpuTime / 1e6,
    urls: child.windows.map((w) => w.documentURI?.spec ?? ''),
  }));
}

/**
 * Chrome window: after every process collected its garbage (the "Minimize memory usage" of about:memory), the
 * JS memory of process `pid` as its memory reporters count it (the `js-main-runtime/` tree, in bytes).
 * @param {number} pid
 */
export async function processJsBytes(pid) {
  const manager = Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager);
  await new Promise((done) => manager.minimizeMemoryUsage(done));
  let bytes = 0;
  const mine = `(pid ${pid})`;
  await new Promise((done) =>
    manager.getReports(
      (process, path, _kind, _units, amount) => {
        if (process.includes(mine) && path.startsWith('js-main-runtime/')) bytes += amount;
      },
      null,
      done,
      null,
      false,
    ),
  );
  return bytes;
}

/**
 * Chrome window: how long Firefox lets an extension's event page run after its last event, in ms (null restores
 * the default, 30 s). A pending reply does not count as an event, so an import that runs longer is cut off with
 * no answer: the end-to-end runs lengthen it while they import a large base.
 * @param {number | null} ms
 */
export function setBackgroundIdleTimeout(ms) {
  const name = 'extensions.background.idle.timeout';
  if (ms === null) Services.prefs.clearUserPref(name);
  else Services.prefs.setIntPref(name, ms);
  return ms;
}
