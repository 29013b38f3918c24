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
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Open the context of the next highlighted mention',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Open the context of the previous highlighted mention',
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
      : {}),
  }),
});
