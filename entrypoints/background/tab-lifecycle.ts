import { browser } from 'wxt/browser';
import type { TabReports } from './tab-reports';

/** Forgets a tab's report when the tab closes: reports live in session storage, which outlives the background. */
export function watchTabs(reports: TabReports, warn: (error: unknown) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    reports.drop(tabId).catch(warn);
  });
}
