/** Where Debian's Chromium lives: the only browser build this project uses (no browser downloads here). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags for every Chromium we launch (e2e, bench, demo): no sandbox (we run as root), and none of Chromium's own
 * network chatter, which a closed network refuses many times a second.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The flags that load an unpacked extension from `dir`, and only it. */
export function extensionFlags(dir) {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}

/**
 * Closes the first-run guide the extension opens on install (tests and the bench launch it fresh each time): a tab
 * opened after the one under test becomes the active tab, and headless Chromium then stops animation frames in the
 * tab under test, which sweeps and first-highlight timings wait on.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function closeWelcome(context) {
  const isWelcome = (page) => page.url().endsWith('/welcome.html');
  const welcome =
    context.pages().find(isWelcome) ??
    (await context.waitForEvent('page', { predicate: isWelcome, timeout: 5_000 }).catch(() => null));
  await welcome?.close();
}
