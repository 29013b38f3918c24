import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** What `wxt/browser` resolves to once @wxt-dev/webextension-polyfill has aliased it. */
const POLYFILLED = ['wxt/browser', '@wxt-dev/webextension-polyfill/browser'];

/** The module the named scripts get instead: the browser's own `browser` object. */
export const NATIVE_BROWSER = join(
  dirname(fileURLToPath(import.meta.url)),
  '../entrypoints/page/native-browser.ts',
);

/**
 * Builds the named scripts (WXT builds each unlisted script on its own, named by its entrypoint) with the browser's
 * own `browser` namespace where every other script gets webextension-polyfill. The page script runs in every page
 * the reader opens, and Chromium, which keeps no compiled code of it between loads, compiled the polyfill with it on
 * each one (9.6 KB, 14 % of the script), though on Chrome 148 and later, as on Firefox, the polyfill only hands back
 * the browser's own object. The extension's pages and background keep the polyfill.
 */
export function nativeBrowserPlugin(entrypoints: readonly string[]): Plugin {
  let native = false;
  return {
    name: 'fact-linker:native-browser',
    enforce: 'pre',
    configResolved(config) {
      const lib = config.build.lib;
      native = !!lib && typeof lib.fileName === 'string' && entrypoints.includes(lib.fileName);
    },
    resolveId(source) {
      return native && POLYFILLED.includes(source) ? NATIVE_BROWSER : null;
    },
  };
}
