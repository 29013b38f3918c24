import { describe, expect, it } from 'vitest';
import { TabReports } from './tab-reports';

function fakeBadge() {
  const text = new Map<number, string>();
  return {
    text,
    api: {
      setBadgeText: async ({ tabId, text: t }: { tabId: number; text: string }) => void text.set(tabId, t),
      setBadgeBackgroundColor: async () => undefined,
    },
  };
}

describe('TabReports', () => {
  it('shows the number of distinct entries per tab and keeps reading order', async () => {
    const badge = fakeBadge();
    const reports = new TabReports(badge.api);
    await reports.set(1, [
      { id: 'un', count: 4, first: 9 },
      { id: 'macron', count: 2, first: 3 },
    ]);
    await reports.set(2, [{ id: 'nato', count: 1, first: 0 }]);
    expect(badge.text.get(1)).toBe('2');
    expect(badge.text.get(2)).toBe('1');
    expect(reports.get(1).map((m) => m.id)).toEqual(['macron', 'un']);
  });

  it('clears the badge when a tab mentions nothing, and forgets closed tabs', async () => {
    const badge = fakeBadge();
    const reports = new TabReports(badge.api);
    await reports.set(1, [{ id: 'un', count: 1, first: 0 }]);
    await reports.set(1, []);
    expect(badge.text.get(1)).toBe('');
    await reports.set(3, [{ id: 'un', count: 1, first: 0 }]);
    reports.drop(3);
    expect(reports.get(3)).toEqual([]);
  });
});
