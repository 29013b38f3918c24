import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchTabs } from './tab-lifecycle';
import { TabReports } from './tab-reports';

const tab = { id: 1, windowId: 1 } as Browser.tabs.Tab;
const un = { id: 'un', count: 1, first: 0 };

function setup() {
  const badge = {
    setBadgeText: vi.fn(async () => undefined),
    setBadgeBackgroundColor: async () => undefined,
  };
  const reports = new TabReports({ badge, store: fakeBrowser.storage.session, onChange: () => undefined });
  const warn = vi.fn();
  watchTabs(reports, warn);
  return { reports, badge, warn };
}

beforeEach(() => fakeBrowser.reset());

describe('watchTabs', () => {
  it('keeps the report while the page only updates, and drops it when the tab loads a new page', async () => {
    const { reports, badge, warn } = setup();
    await reports.set(1, [un]);
    await fakeBrowser.tabs.onUpdated.trigger(1, { title: 'Renamed' }, tab);
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'complete' }, tab);
    expect(await reports.get(1)).toEqual([un]);
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading', url: 'https://example.org/next' }, tab);
    expect(await reports.get(1)).toEqual([]);
    expect(badge.setBadgeText).toHaveBeenLastCalledWith({ tabId: 1, text: '' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('drops the report of a closed tab', async () => {
    const { reports } = setup();
    await reports.set(1, [un]);
    await fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 1, isWindowClosing: false });
    expect(await reports.get(1)).toEqual([]);
  });
});
