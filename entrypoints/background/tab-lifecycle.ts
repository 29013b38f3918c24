import { browser } from 'wxt/browser';
import { sendToTab } from '@/utils/protocol/send';

/** Something kept per tab in session storage, which outlives the background: a tab's report, its frame ticket. */
export interface PerTab {
  drop(tabId: number): Promise<void>;
}

/**
 * Forgets what is kept for a tab when the tab closes, and asks a tab whose URL changed to report again: a
 * single-page app's route change (`history.pushState`) keeps the document, so no new report would come, and the
 * old one, stamped with the old URL, is not given for the new one.
 */
export function watchTabs(kept: readonly PerTab[], warn: (error: unknown) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    for (const store of kept) store.drop(tabId).catch(warn);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) void sendToTab(tabId, { type: 'page.reportAgain' });
  });
}
