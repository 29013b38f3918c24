import { browser } from 'wxt/browser';
import type { EventInput } from './events';
import type { TabCommandInput } from './tab-commands';

/**
 * Tells extension pages (the popup, or the popup open as a tab) about an event. Content scripts don't hear
 * runtime messages, and often no page is open to receive: both are normal.
 */
export async function emit(event: EventInput): Promise<void> {
  await browser.runtime.sendMessage(event).catch(() => undefined);
}

/** Tells every open tab and extension page about an event, so highlights and views refresh. */
export async function broadcast(event: EventInput): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.allSettled([
    emit(event),
    ...tabs.flatMap((tab) => (tab.id === undefined ? [] : [browser.tabs.sendMessage(tab.id, event)])),
  ]);
}

/**
 * Sends a command to a tab's content script. Pages without our content script (browser pages, the web store)
 * cannot answer: nothing to do there.
 */
export async function sendToTab(tabId: number, command: TabCommandInput): Promise<void> {
  await browser.tabs.sendMessage(tabId, command).catch(() => undefined);
}
