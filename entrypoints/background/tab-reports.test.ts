import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageOf, reportedPage, TabReports } from './tab-reports';

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

/** A background as the browser starts it: a fresh instance over the one session storage area. */
function start(badge = fakeBadge()) {
  const changed: number[] = [];
  const reports = new TabReports({
    badge: badge.api,
    store: fakeBrowser.storage.session,
    onChange: (tabId) => changed.push(tabId),
  });
  return { reports, badge, changed };
}

const un = { id: 'un', count: 1, first: 0 };
const A = 'https://news.example/a';
const B = 'https://news.example/b';

beforeEach(() => fakeBrowser.reset());

describe('TabReports', () => {
  it('shows the number of distinct entries per tab and keeps reading order', async () => {
    const { reports, badge } = start();
    await reports.set(
      1,
      A,
      [
        { id: 'un', count: 4, first: 9 },
        { id: 'macron', count: 2, first: 3 },
      ],
      null,
    );
    await reports.set(2, A, [{ id: 'nato', count: 1, first: 0 }], null);
    expect(badge.text.get(1)).toBe('2');
    expect(badge.text.get(2)).toBe('1');
    expect((await reports.get(1, A)).mentions.map((m) => m.id)).toEqual(['macron', 'un']);
  });

  it('clears the badge when a tab mentions nothing, and forgets closed tabs', async () => {
    const { reports, badge } = start();
    await reports.set(1, A, [un], null);
    await reports.set(1, A, [], null);
    expect(badge.text.get(1)).toBe('');
    await reports.set(3, A, [un], null);
    await reports.drop(3);
    expect((await reports.get(3, A)).mentions).toEqual([]);
  });

  it('still has the report after the background restarts, and not once the tab closed', async () => {
    await start().reports.set(1, A, [{ id: 'macron', count: 2, first: 3 }, un], null);
    await start().reports.set(2, A, [un], null);
    const restarted = start().reports;
    expect((await restarted.get(1, A)).mentions).toEqual([un, { id: 'macron', count: 2, first: 3 }]);
    await restarted.drop(2);
    expect((await start().reports.get(2, A)).mentions).toEqual([]);
    expect((await start().reports.get(1, A)).mentions).toHaveLength(2);
  });

  it('announces a tab only when its report changed, also across a restart', async () => {
    const first = start();
    await first.reports.set(1, A, [un], null);
    await first.reports.set(1, A, [{ ...un }], null);
    await first.reports.drop(7);
    expect(first.changed).toEqual([1]);
    const second = start();
    await second.reports.set(1, A, [un], null);
    await second.reports.set(1, A, [{ ...un, count: 2 }], null);
    await second.reports.drop(1);
    await second.reports.drop(1);
    expect(second.changed).toEqual([1, 1]);
  });

  it('gives a report only for the page it describes, so a tab that moved on shows nothing of the last page', async () => {
    const { reports } = start();
    await reports.set(1, A, [un], null);
    expect((await reports.get(1, B)).mentions).toEqual([]);
    expect((await start().reports.get(1, A)).mentions).toEqual([un]);
    await reports.set(1, B, [un], null);
    expect((await reports.get(1, A)).mentions).toEqual([]);
    expect((await reports.get(1, B)).mentions).toEqual([un]);
  });

  it('announces a new page as a change even when it mentions the same entries', async () => {
    const { reports, changed } = start();
    await reports.set(1, A, [un], null);
    await reports.set(1, B, [un], null);
    expect(changed).toEqual([1, 1]);
  });
});

describe('pageOf', () => {
  it('keeps the whole URL but its fragment', () => {
    expect(pageOf('https://news.example/a?x=1#top')).toBe('https://news.example/a?x=1');
    expect(pageOf('https://news.example/a')).toBe('https://news.example/a');
    expect(pageOf(undefined)).toBe('');
  });
});

describe('reportedPage', () => {
  it('takes the address the page script gives within the sender origin, as after a route change', () => {
    expect(reportedPage('https://news.example/spa/route', 'https://news.example/spa')).toBe(
      'https://news.example/spa/route',
    );
  });

  it('keeps the sender address when the claim is of another origin, malformed, or has no sender', () => {
    expect(reportedPage('https://evil.example/', 'https://news.example/a')).toBe('https://news.example/a');
    expect(reportedPage('not a url', 'https://news.example/a')).toBe('https://news.example/a');
    expect(reportedPage('https://news.example/a', undefined)).toBeUndefined();
  });
});
