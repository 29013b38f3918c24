import { browser } from 'wxt/browser';
import { sendToTab } from '@/utils/protocol/send';
import { tabViewUrl } from './route';
import type { CurrentTab } from './use-current-tab';

/**
 * Asks the tab to scroll to an entry's first mention and open its card, then gets out of the way: the toolbar
 * popup closes; a popup moved into a tab brings the page's tab forward instead.
 */
export async function revealEntry(tab: CurrentTab, entryId: string): Promise<void> {
  if (tab.id === null) return;
  await sendToTab(tab.id, { type: 'page.reveal', entryId });
  if (!tab.inTab) window.close();
  else await browser.tabs.update(tab.id, { active: true }).catch(() => undefined);
}

/** Reopens the popup as a tab for long edits, remembering the page it was about; the toolbar popup then closes. */
export async function openInTab(tab: CurrentTab | null): Promise<void> {
  const fromTab = tab && !tab.inTab ? tab.id : null;
  await browser.tabs.create({ url: tabViewUrl(browser.runtime.getURL('/popup.html'), fromTab) });
  if (tab && !tab.inTab) window.close();
}

/** Opens the dossier (timeline, stance matrix, entry pages) in a new tab; the toolbar popup then closes. */
export async function openDossier(tab: CurrentTab | null): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/dossier.html') });
  if (tab && !tab.inTab) window.close();
}
