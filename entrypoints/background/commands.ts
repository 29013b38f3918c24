import { browser } from 'wxt/browser';
import { sendToTab } from '@/utils/protocol/send';
import type { StepDirection } from '@/utils/protocol/tab-commands';

/** The manifest's keyboard commands and the direction each steps through a page's mentions. */
export const STEP_COMMANDS: Readonly<Record<string, StepDirection>> = {
  'next-mention': 1,
  'previous-mention': -1,
};

/**
 * Forwards the next/previous-mention shortcuts to the active tab's content script as `page.step`, so readers
 * can reach every mention's context without a pointer.
 */
export function registerCommands(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    const direction = STEP_COMMANDS[command];
    if (!direction) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    await sendToTab(tabId, { type: 'page.step', direction });
  });
}
