import { browser } from 'wxt/browser';

/** Something kept per tab in session storage, which outlives the background: a tab's report, its frame ticket. */
export interface PerTab {
  drop(tabId: number): Promise<void>;
}

/** Forgets what is kept for a tab when the tab closes. */
export function watchTabs(kept: readonly PerTab[], warn: (error: unknown) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    for (const store of kept) store.drop(tabId).catch(warn);
  });
}
