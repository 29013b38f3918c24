import { browser } from 'wxt/browser';

/** Whether this script's extension is still there: an updated, reloaded or removed extension leaves it orphaned. */
export function extensionAlive(): boolean {
  try {
    return browser.runtime?.id !== undefined;
  } catch {
    return false;
  }
}

/**
 * Aborts `lifetime` once the extension that injected this script is gone (updated, reloaded or removed), so an
 * orphaned script takes its highlights and popover away. It checks when the reader comes back to the tab or
 * moves into the window: page events only prompt the check, and what it reads (the extension's runtime id) is
 * out of the page's reach, so a page can neither stop us nor learn anything by sending those events.
 */
export function whileExtensionLives(win: Window, lifetime: AbortController): void {
  const check = (): void => {
    if (!extensionAlive()) lifetime.abort();
  };
  const options = { passive: true, signal: lifetime.signal };
  win.document.addEventListener('visibilitychange', check, options);
  win.addEventListener('focus', check, options);
  win.addEventListener('pageshow', check, options);
}
