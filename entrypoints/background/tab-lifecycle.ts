import { browser } from 'wxt/browser';
import type { TabReports } from './tab-reports';

/**
 * Ends a tab's report with the page it describes: when the tab closes, and when it starts loading a new document.
 * The new page reports once its scan settles, but a page that mentions nothing (or where the extension is off)
 * never reports, so without this the popup would list the previous page's entries.
 * Chrome also says 'loading' for a same-document history.pushState; the content script reports again when the
 * new view's mentions differ, so at worst an SPA view with the very same mentions shows an empty badge and list.
 */
export function watchTabs(reports: TabReports, warn: (error: unknown) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    reports.drop(tabId).catch(warn);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') reports.reset(tabId).catch(warn);
  });
}
