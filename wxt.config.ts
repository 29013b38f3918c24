import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Build settings for Chrome (MV3) and Firefox (MV3, with the gecko id Firefox alone needs). */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Fact Linker',
    description:
      'Highlights actors and proposals of the Ukraine peace process on news pages and shows sourced context from your own knowledge base.',
    permissions: ['storage', 'tabs', 'contextMenus'],
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
      : {}),
  }),
});
