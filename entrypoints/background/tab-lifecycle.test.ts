import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FrameTickets } from './frame-tickets';
import { watchTabs } from './tab-lifecycle';
import { TabReports } from './tab-reports';

const un = { id: 'un', count: 1, first: 0 };
const page = 'https://news.example/a';

beforeEach(() => fakeBrowser.reset());

describe('watchTabs', () => {
  it('drops the report and frame ticket of a closed tab, and only of that tab', async () => {
    const badge = { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined };
    const reports = new TabReports({ badge, store: fakeBrowser.storage.session, onChange: () => undefined });
    const tickets = new FrameTickets(fakeBrowser.storage.session);
    const warn = vi.fn();
    watchTabs([reports, tickets], warn);
    await reports.set(1, page, [un], null);
    await reports.set(2, page, [un], null);
    const [first, second] = [await tickets.get(1), await tickets.get(2)];
    await fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 1, isWindowClosing: false });
    expect((await reports.get(1, page)).mentions).toEqual([]);
    expect((await reports.get(2, page)).mentions).toEqual([un]);
    expect(await tickets.get(1)).not.toBe(first);
    expect(await tickets.get(2)).toBe(second);
    expect(warn).not.toHaveBeenCalled();
  });

  it('asks a tab whose URL changed to report again, and leaves other updates alone', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    watchTabs([], vi.fn());
    const tab = { id: 4 } as Parameters<typeof fakeBrowser.tabs.onUpdated.trigger>[2];
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'complete' }, tab);
    expect(send).not.toHaveBeenCalled();
    await fakeBrowser.tabs.onUpdated.trigger(4, { url: 'https://news.example/b' }, tab);
    expect(send).toHaveBeenCalledWith(4, { type: 'page.reportAgain' });
  });
});
