import type { Browser } from 'webextension-polyfill';

/**
 * The extension API as the browser itself names it, for the script every web page runs:
 * `scripts/native-browser-plugin.ts` builds the page script with this in place of webextension-polyfill. Every browser
 * this extension supports (Chrome 148 and later, Firefox 142 and later) has `browser`, and there the polyfill hands
 * back that very object; yet every page parsed and Chromium compiled the polyfill's 9.6 KB with the page script.
 */
export const browser: Browser = nativeBrowser();

function nativeBrowser(): Browser {
  const found = (globalThis as { browser?: Browser }).browser;
  if (!found?.runtime?.id)
    throw new Error('Fact Linker needs the browser namespace of Chrome 148 or Firefox 142, or later');
  return found;
}
