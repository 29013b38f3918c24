import { browser } from 'wxt/browser';
import type { ChangedEvent, ReportedEvent } from '@/utils/messages';

/** Tells every open tab and extension page that the knowledge base changed, so highlights and views refresh. */
export async function broadcastChange(version: number): Promise<void> {
  const event: ChangedEvent = { type: 'kb.changed', version };
  const tabs = await browser.tabs.query({});
  await Promise.allSettled([
    browser.runtime.sendMessage(event),
    ...tabs.flatMap((tab) => (tab.id === undefined ? [] : [browser.tabs.sendMessage(tab.id, event)])),
  ]);
}

/**
 * Tells extension pages (the popup, or the popup open as a tab) that a tab's report changed, so "On this page"
 * reloads it. Content scripts don't hear runtime messages, and often no page is open to receive: both are normal.
 */
export async function announceReport(tabId: number): Promise<void> {
  const event: ReportedEvent = { type: 'page.reported', tabId };
  await browser.runtime.sendMessage(event).catch(() => undefined);
}
