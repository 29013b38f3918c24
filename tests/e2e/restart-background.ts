import type { ChromiumExtension, ExtensionBrowser } from './browsers';
import type { PageHandle } from './page-handle';

/**
 * Starts the extension's background afresh: Chromium's service worker is stopped as the browser stops an idle one
 * (the next message starts it again); Firefox's add-on is reloaded, which closes `page`, mid-call.
 */
export async function restartBackground(ext: ExtensionBrowser, page: PageHandle): Promise<void> {
  if (ext.name === 'chromium') {
    const { context } = ext as ChromiumExtension;
    const driver = await context.newPage();
    const cdp = await context.newCDPSession(driver);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await driver.close();
    return;
  }
  await page
    .evaluate(() => {
      const scope = globalThis as unknown as { browser: { runtime: { reload(): void } } };
      scope.browser.runtime.reload();
    }, null)
    .catch(() => undefined);
}

/** Opens an extension page once the extension serves its pages again (a reloading one blocks them meanwhile). */
export async function reopened(ext: ExtensionBrowser, path: string): Promise<PageHandle> {
  for (const deadline = Date.now() + 15_000; ; ) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      return await ext.openExtensionPage(path);
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}
