import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchTabs } from './tab-lifecycle';
import { TabReports } from './tab-reports';

const un = { id: 'un', count: 1, first: 0 };
const page = 'https://news.example/a';

beforeEach(() => fakeBrowser.reset());

describe('watchTabs', () => {
  it('drops the report of a closed tab, and only of that tab', async () => {
    const badge = { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined };
    const reports = new TabReports({ badge, store: fakeBrowser.storage.session, onChange: () => undefined });
    const warn = vi.fn();
    watchTabs(reports, warn);
    await reports.set(1, page, [un]);
    await reports.set(2, page, [un]);
    await fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 1, isWindowClosing: false });
    expect(await reports.get(1, page)).toEqual([]);
    expect(await reports.get(2, page)).toEqual([un]);
    expect(warn).not.toHaveBeenCalled();
  });
});
