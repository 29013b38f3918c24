import { browser } from 'wxt/browser';
import type { ChangedEvent } from '@/utils/messages';

/** Tells every open tab and extension page that the knowledge base changed, so highlights and views refresh. */
export async function broadcastChange(version: number): Promise<void> {
  const event: ChangedEvent = { type: 'kb.changed', version };
  const tabs = await browser.tabs.query({});
  await Promise.allSettled([
    browser.runtime.sendMessage(event),
    ...tabs.flatMap((tab) => (tab.id === undefined ? [] : [browser.tabs.sendMessage(tab.id, event)])),
  ]);
}
