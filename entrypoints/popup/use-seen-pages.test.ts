import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { call } from '@/utils/protocol/call';
import type { EventOf } from '@/utils/protocol/events';
import type { SeenPage } from '@/utils/seen';
import { useSeenPages } from './use-seen-pages';

vi.mock('@/utils/protocol/call', async (original) => ({
  ...(await original<typeof import('@/utils/protocol/call')>()),
  call: vi.fn(),
}));
const mockedCall = vi.mocked(call);

const seenPage = (page: string): SeenPage => ({
  entryId: 'macron',
  page,
  title: page,
  firstSeen: 1,
  lastSeen: 1,
  count: 1,
});

describe('useSeenPages', () => {
  let pages: SeenPage[];
  const announce = (event: EventOf<'seen.changed'> | EventOf<'page.reported'>) =>
    act(async () => {
      await fakeBrowser.runtime.onMessage.trigger(event, { id: fakeBrowser.runtime.id }, () => undefined);
    });
  const shown = (state: ReturnType<typeof useSeenPages>['state']) =>
    typeof state === 'string' ? state : state.pages.map((p) => p.page);

  beforeEach(() => {
    fakeBrowser.reset();
    pages = [];
    mockedCall.mockReset();
    mockedCall.mockImplementation((async () => ({ total: pages.length, pages })) as typeof call);
  });
  afterEach(cleanup);

  it('reloads when the reading log changes, so a page read while the editor is open appears', async () => {
    const { result } = renderHook(() => useSeenPages('macron'));
    await waitFor(() => expect(shown(result.current.state)).toEqual([]));
    pages = [seenPage('https://news.example/a')];
    await announce({ type: 'page.reported', tabId: 3 });
    expect(shown(result.current.state)).toEqual([]);
    await announce({ type: 'seen.changed' });
    await waitFor(() => expect(shown(result.current.state)).toEqual(['https://news.example/a']));
  });

  it('stops listening once the editor closes', async () => {
    const { unmount } = renderHook(() => useSeenPages('macron'));
    await waitFor(() => expect(mockedCall).toHaveBeenCalledTimes(1));
    await act(async () => unmount());
    await announce({ type: 'seen.changed' });
    expect(mockedCall).toHaveBeenCalledTimes(1);
  });

  it('asks for nothing while no stored entry is open', async () => {
    renderHook(() => useSeenPages(null));
    await announce({ type: 'seen.changed' });
    expect(mockedCall).not.toHaveBeenCalled();
  });
});
