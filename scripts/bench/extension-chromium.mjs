import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, closeWelcome, extensionFlags } from '../chromium.mjs';

const VIEWPORT = { width: 1280, height: 900 };

/**
 * Every request off 127.0.0.1 goes to a port nothing listens on and fails at once, so saved pages never wait
 * on the network (Chromium never proxies loopback).
 */
export const OFFLINE_FLAGS = ['--proxy-server=http://127.0.0.1:9'];

/**
 * @typedef {Awaited<ReturnType<typeof launchChromium>>} ChromiumRun
 */

/**
 * Headless Chromium in a throwaway profile, with the built extension at `extensionDir` loaded, or with no
 * extension at all when it is null: the same launch either way, so the two differ only by the extension.
 * @param {string | null} extensionDir
 */
export async function launchChromium(extensionDir) {
  const profile = await mkdtemp(join(tmpdir(), 'fact-linker-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: VIEWPORT,
    args: [...(extensionDir ? extensionFlags(extensionDir) : []), ...CHROMIUM_FLAGS, ...OFFLINE_FLAGS],
  });
  const worker = extensionDir
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 })))
    : null;
  if (worker) await closeWelcome(context);
  return {
    context,
    /** The extension's service worker, or null without the extension. */
    worker,
    /** `chrome-extension://<id>/`, or '' without the extension. */
    origin: worker ? `chrome-extension://${new URL(worker.url()).host}/` : '',
    version: context.browser()?.version() ?? 'Chromium',
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A CDP session on `page` that reads the page renderer's counters: main-thread task time so far (Chromium's
 * TaskDuration, rendering included) and the live JS heap after a forced garbage collection.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 */
export async function rendererMetrics(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async (name) =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    /** Main-thread task time of the page's renderer so far, in ms. */
    taskMs: async () => (await metric('TaskDuration')) * 1000,
    /**
     * JS memory in use after a full garbage collection, in bytes (the isolate: page and content scripts): the heap
     * plus the ArrayBuffers' backing stores, which live outside it and hold the compiled matcher a page unpacks.
     */
    async heapBytes() {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize, backingStorageSize } = await cdp.send('Runtime.getHeapUsage');
      if (typeof backingStorageSize !== 'number')
        throw new Error('Runtime.getHeapUsage gives no backingStorageSize');
      return usedSize + backingStorageSize;
    },
  };
}

/**
 * Stops every service worker, as Chromium stops an idle extension's, through a CDP session on `page`, and gives the
 * browser a second to let it go; the extension's next event starts its background again.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 */
export async function stopServiceWorkers(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
