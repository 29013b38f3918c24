import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { eagerCompilePlugin } from './scripts/eager-compile-plugin';
import { nativeBrowserPlugin } from './scripts/native-browser-plugin';

/** This build's stamp on the data its background derives and keeps (utils/store/build-stamp.ts). */
const BUILD_STAMP = new Date().toISOString();

/** Where the page script runs, and where its popover frame may be embedded. */
const PAGES = ['http://*/*', 'https://*/*'];

/** Build settings for Chrome (MV3) and Firefox (MV3, with the gecko id Firefox alone needs). */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip Mozilla's review asks for: the repository's files, without the scratch folder (git ignores
  // it: benchmark results, logs) that would otherwise ride along.
  zip: { excludeSources: ['tmp/**'] },
  // FL_UNMINIFIED=1 keeps function names for scripts/profile-load.mjs; every other build is minified.
  vite: () => ({
    // The page script compiled whole as a page loads, and without webextension-polyfill (see each plugin for why).
    plugins: [preact(), eagerCompilePlugin(['page.js', 'popover-host.js']), nativeBrowserPlugin(['page'])],
    build: process.env.FL_UNMINIFIED ? { minify: false } : {},
    define: { __FL_BUILD__: JSON.stringify(BUILD_STAMP) },
    // ASCII output: one character past Latin-1 (a typographic apostrophe) made the engine hold the page script's
    // whole source as two-byte text in every tab, 80 KB more than it needs.
    esbuild: { charset: 'ascii' },
  }),
  hooks: {
    // The default highlight look, applied by the manifest before the page is styled (see highlights.css), and the
    // privacy statement the first-run guide links to, shipped so it reads offline (plain text: it is ASCII).
    'build:publicAssets': (_wxt, files) => {
      files.push(
        {
          absoluteSrc: fileURLToPath(new URL('utils/engine/highlights.css', import.meta.url)),
          relativeDest: 'highlights.css',
        },
        {
          absoluteSrc: fileURLToPath(new URL('docs/privacy.md', import.meta.url)),
          relativeDest: 'privacy.txt',
        },
      );
    },
  },
  manifest: ({ browser }) => ({
    // The name, the description and the commands' descriptions in the reader's language (public/_locales).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // Why each is needed, and why not `tabs`: README.md, "Permissions". The host permissions are the pages the
    // page script already runs on; they let the background read those tabs' address and title (and no others').
    permissions: ['storage', 'contextMenus', 'alarms'],
    host_permissions: PAGES,
    // Asked for one host at a time when the reader subscribes to a pack there (plain http only on this computer, for
    // the end-to-end tests' local server): the background fetches a subscribed pack's address and no other.
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    // The toolbar icon (the manifest's icons come from public/icon/; public/icon-off/ marks a paused or off site).
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' } },
    // The page script is an unlisted script (see entrypoints/page/index.ts), so it is declared here by hand.
    // It starts at document_start so its requests overlap the page's parse; it scans once the page is parsed.
    content_scripts: [{ matches: PAGES, js: ['page.js'], css: ['highlights.css'], run_at: 'document_start' }],
    // The popover frame, the private-highlights layer and the popover's code, which the page script imports on a
    // page's first mention: Chrome gives them a per-session address, so pages cannot probe for the extension by it.
    web_accessible_resources: [
      {
        resources: ['popover.html', 'paint.html', 'popover-host.js'],
        matches: PAGES,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_command_next_mention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_command_previous_mention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'fact-linker@fact-linker.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // Messages cloned as structures, as Firefox always does, rather than through JSON (Chrome 148): the
          // compiled matcher travels to pages as a byte array, and the 50k one arrived in about half the time.
          minimum_chrome_version: '148',
          message_serialization: 'structured_clone',
        }),
  }),
});
