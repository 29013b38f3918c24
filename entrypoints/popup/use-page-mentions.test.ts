import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeEntry } from '@/tests/helpers/popup-fixtures';
import type { TopicVerdict } from '@/utils/mention-rules';
import { call } from '@/utils/protocol/call';
import type { EventOf } from '@/utils/protocol/events';
import type { MentionSummary } from '@/utils/protocol/shapes';
import { siteOf } from './use-current-tab';
import { joinMentions, joinTopic, usePageMentions } from './use-page-mentions';

vi.mock('@/utils/protocol/call', async (original) => ({
  ...(await original<typeof import('@/utils/protocol/call')>()),
  call: vi.fn(),
}));
const mockedCall = vi.mocked(call);

const macron = makeEntry({ id: 'macron', name: 'Emmanuel Macron' });
const starmer = makeEntry({ id: 'starmer', name: 'Keir Starmer' });

describe('joinMentions', () => {
  it('orders by first mention and leaves out entries deleted since the report', () => {
    const mentions = joinMentions(
      [
        { id: 'starmer', count: 2, first: 9 },
        { id: 'gone', count: 1, first: 0 },
        { id: 'macron', count: 3, first: 4 },
      ],
      [starmer, macron],
    );
    expect(mentions).toEqual([
      { entry: macron, count: 3 },
      { entry: starmer, count: 2 },
    ]);
  });
});

describe('joinTopic', () => {
  it('names the entries of the verdict, leaving out those deleted since', () => {
    expect(
      joinTopic({ gate: true, onTopic: true, evidence: ['macron', 'gone'], hidden: [] }, [macron]),
    ).toEqual({
      gate: true,
      onTopic: true,
      evidence: ['Emmanuel Macron'],
      hidden: [],
    });
    expect(joinTopic(null, [macron])).toBeNull();
  });
});

describe('usePageMentions', () => {
  let report: { mentions: MentionSummary[]; topic: TopicVerdict | null };
  let sent: MockInstance<typeof fakeBrowser.tabs.sendMessage>;
  const mentionsAsked = () => mockedCall.mock.calls.filter(([name]) => name === 'page.mentions').length;
  const announce = (tabId: number) =>
    act(async () => {
      const event: EventOf<'page.reported'> = { type: 'page.reported', tabId };
      await fakeBrowser.runtime.onMessage.trigger(event, { id: fakeBrowser.runtime.id }, () => undefined);
    });
  const names = (mentions: { entry: { name: string } }[]) => mentions.map((m) => m.entry.name);

  beforeEach(() => {
    fakeBrowser.reset();
    report = { mentions: [{ id: 'macron', count: 1, first: 0 }], topic: null };
    mockedCall.mockReset();
    mockedCall.mockImplementation((async () => report) as typeof call);
    sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockClear().mockResolvedValue(undefined);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('reloads when the background announces a new report for its tab, and only for its tab', async () => {
    const { result } = renderHook(() => usePageMentions(7, [macron, starmer]));
    await waitFor(() => expect(names(result.current.mentions)).toEqual(['Emmanuel Macron']));
    report = {
      mentions: [...report.mentions, { id: 'starmer', count: 2, first: 5 }],
      topic: { gate: true, onTopic: true, evidence: ['starmer'], hidden: [] },
    };
    await announce(8);
    await announce(7);
    await waitFor(() => expect(names(result.current.mentions)).toEqual(['Emmanuel Macron', 'Keir Starmer']));
    expect(result.current.topic?.evidence).toEqual(['Keir Starmer']);
    expect(mentionsAsked()).toBe(2);
    expect(mockedCall).toHaveBeenLastCalledWith('page.mentions', { tabId: 7 });
  });

  it('asks its tab, and only its tab, to read the whole page on opening and on each new report', async () => {
    renderHook(() => usePageMentions(7, [macron]));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(sent).toHaveBeenLastCalledWith(7, { type: 'page.readAll' });
    await announce(8);
    expect(sent).toHaveBeenCalledTimes(1);
    await announce(7);
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(2));
    expect(sent).toHaveBeenLastCalledWith(7, { type: 'page.readAll' });
  });

  it('asks once while nothing is announced, and stops listening when unmounted', async () => {
    vi.useFakeTimers();
    const { unmount } = renderHook(() => usePageMentions(7, [macron]));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000);
    });
    expect(mentionsAsked()).toBe(1);
    await act(() => unmount());
    await announce(7);
    expect(mentionsAsked()).toBe(1);
  });
});

describe('siteOf', () => {
  it('gives the lower-cased host of web pages only', () => {
    expect(siteOf('https://WWW.Example.org/a?b')).toBe('www.example.org');
    expect(siteOf('http://127.0.0.1:8080/')).toBe('127.0.0.1');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('moz-extension://u/popup.html')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});
