import { browser } from 'wxt/browser';
import type { TabReports } from './tab-reports';

/**
 * Ends a tab's report with the page it describes: when the tab closes, and when it starts loading a new document.
 * The new page reports once its scan settles, but a page that mentions nothing (or where the extension is off)
 * never reports, so without this the popup would list the previous page's entries.
 * Chrome also says 'loading' for a same-document history.pushState and a back/forward-cache restore; the content
 * script reports after every settled scan and on a cache restore, so the report comes back with the new view.
 */
export function watchTabs(reports: TabReports, warn: (error: unknown) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    reports.drop(tabId).catch(warn);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') reports.reset(tabId).catch(warn);
  });
}
