import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { registerCommands } from './commands';

type OnCommand = (command: string, tab?: { id?: number }) => Promise<void>;

function capture(): OnCommand {
  let listener: OnCommand | undefined;
  vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation((fn) => {
    listener = fn as unknown as OnCommand;
  });
  registerCommands();
  return listener!;
}

describe('registerCommands', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends page.step to the tab the shortcut was pressed in', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const onCommand = capture();
    await onCommand('next-mention', { id: 7 });
    await onCommand('previous-mention', { id: 7 });
    await onCommand('something-else', { id: 7 });
    expect(send.mock.calls).toEqual([
      [7, { type: 'page.step', direction: 1 }],
      [7, { type: 'page.step', direction: -1 }],
    ]);
  });

  it('falls back to the active tab, and shrugs off tabs without our content script', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 3 }] as never);
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    await capture()('next-mention');
    expect(send).toHaveBeenCalledWith(3, { type: 'page.step', direction: 1 });
  });
});
