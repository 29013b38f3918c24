import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { broadcast, emit, sendToTab } from './send';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('emit', () => {
  it('tells extension pages which tab reported', async () => {
    const heard: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message) => void heard.push(message));
    await emit({ type: 'page.reported', tabId: 4 });
    expect(heard).toEqual([{ type: 'page.reported', tabId: 4 }]);
  });

  it('shrugs off having no page open to hear it', async () => {
    await expect(emit({ type: 'page.reported', tabId: 4 })).resolves.toBeUndefined();
  });
});

describe('broadcast', () => {
  it('tells extension pages and every tab, even when some cannot hear it', async () => {
    const heard: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message) => void heard.push(message));
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 3 }, {}, { id: 5 }] as never);
    const send = vi
      .spyOn(browser.tabs, 'sendMessage')
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(new Error('no receiver'));
    await broadcast({ type: 'kb.changed', version: 7 });
    expect(heard).toEqual([{ type: 'kb.changed', version: 7 }]);
    expect(send.mock.calls).toEqual([
      [3, { type: 'kb.changed', version: 7 }],
      [5, { type: 'kb.changed', version: 7 }],
    ]);
  });
});

describe('sendToTab', () => {
  it('sends the command to the tab, and shrugs off a tab without our content script', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    await expect(sendToTab(7, { type: 'page.reveal', entryId: 'macron' })).resolves.toBeUndefined();
    expect(send).toHaveBeenCalledWith(7, { type: 'page.reveal', entryId: 'macron' });
  });
});
