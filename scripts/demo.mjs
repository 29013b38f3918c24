// Opens the demo news page in a browser with the built extension loaded (run `npm run build` first).
//   node scripts/demo.mjs               headed Chromium; returns when the browser is closed
//   node scripts/demo.mjs --headless    waits for highlights, saves docs/screenshot-demo.png, exits
//   node scripts/demo.mjs --firefox     the same with Firefox ESR
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, extensionFlags } from './chromium.mjs';
import { FIREFOX_PATH } from './firefox.mjs';
import { serve } from './serve.mjs';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const SCREENSHOT = join(repo, 'docs/screenshot-demo.png');
const VIEWPORT = { width: 1280, height: 900 };
const HIGHLIGHT_TIMEOUT_MS = 15_000;
/** Page context: true once the extension has drawn any highlight. */
const anyHighlight = () => [...CSS.highlights.values()].some((highlight) => highlight.size > 0);

/**
 * @typedef {{ executable: string, dir: string, url: string, headless: boolean }} Launch
 */

/**
 * Starts Chromium with the Chrome build and returns the demo tab plus a promise settled when the window closes.
 * @param {Launch} launch
 */
async function openChromium({ executable, dir, url, headless }) {
  const profile = await mkdtemp(join(tmpdir(), 'fact-linker-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless,
    viewport: headless ? VIEWPORT : null,
    args: [...extensionFlags(dir), ...CHROMIUM_FLAGS],
  });
  const closed = new Promise((done) => context.on('close', done));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return {
    page,
    closed,
    waitForHighlights: () => page.waitForFunction(anyHighlight, null, { timeout: HIGHLIGHT_TIMEOUT_MS }),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Starts Firefox ESR with the Firefox build as a temporary add-on, same shape as openChromium.
 * @param {Launch} launch
 */
async function openFirefox({ executable, dir, url, headless }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: executable,
    headless,
    defaultViewport: headless ? VIEWPORT : null,
  });
  const closed = new Promise((done) => browser.on('disconnected', done));
  await browser.installExtension(dir);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  if (headless) await page.setViewport(VIEWPORT);
  await page.goto(url);
  return {
    page,
    closed,
    waitForHighlights: () => page.waitForFunction(anyHighlight, { timeout: HIGHLIGHT_TIMEOUT_MS }),
    close: () => browser.close(),
  };
}

const flags = new Set(process.argv.slice(2));
const firefox = flags.has('--firefox');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = flags.has('--headless') || !hasDisplay;
if (!flags.has('--headless') && !hasDisplay) console.warn('No display found: running headless instead.');

const executable = firefox ? FIREFOX_PATH : CHROMIUM_PATH;
const dir = join(repo, firefox ? '.output/firefox-mv3' : '.output/chrome-mv3');
if (!existsSync(executable)) {
  console.error(`${executable} is missing: install it with apt-get (bash scripts/setup.sh does).`);
  process.exit(1);
}
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No extension build in ${dir}: run npm run build first.`);
  process.exit(1);
}

const site = await serve();
const url = site.url;
const session = await (firefox ? openFirefox : openChromium)({ executable, dir, url, headless });
const stop = async () => {
  await session.close();
  await site.close();
};
process.once('SIGINT', () => stop().then(() => process.exit(130)));

if (!headless) {
  console.log(
    `Demo page ${url} is open in ${firefox ? 'Firefox' : 'Chromium'}; close the browser to finish.`,
  );
  await session.closed;
  await stop();
} else {
  const seen = await session
    .waitForHighlights()
    .then(() => true)
    .catch(() => false);
  if (seen) {
    await mkdir(dirname(SCREENSHOT), { recursive: true });
    await session.page.screenshot({ path: SCREENSHOT });
    console.log(SCREENSHOT);
  } else {
    console.error(
      `No highlights appeared on ${url} within ${HIGHLIGHT_TIMEOUT_MS / 1000} s: no screenshot saved.`,
    );
  }
  await stop();
  process.exitCode = seen ? 0 : 1;
}
