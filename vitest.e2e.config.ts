import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Real-browser tests: the built extension in Chromium and Firefox ESR, one browser at a time. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
