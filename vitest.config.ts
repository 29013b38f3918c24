import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit and component tests run in Node with happy-dom and fake-indexeddb; browsers are covered by vitest.e2e.config.ts. */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['{utils,components,entrypoints,tests}/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
  },
});
