import { useEffect, useState } from 'preact/hooks';
import { ROWS_PER_PAGE } from '@/components/popup/row-pages';
import type { SeenListState } from '@/components/popup/seen-list';
import { call } from '@/utils/protocol/call';
import { onEvent } from '@/utils/protocol/listen';
import { latestAnswer } from './latest-answer';

/**
 * The editor's list of where an entry was seen: the page of rows shown, loaded from the background when the entry
 * or page changes and again whenever the log does, so a page read while the editor is open appears in it.
 */
export function useSeenPages(entryId: string | null): {
  state: SeenListState;
  page: number;
  setPage(page: number): void;
} {
  const [page, setPage] = useState(0);
  const [state, setState] = useState<SeenListState>('loading');
  useEffect(() => setPage(0), [entryId]);
  useEffect(() => {
    if (entryId === null) return;
    const listening = new AbortController();
    const load = latestAnswer(
      () => call('seen.list', { entryId, offset: page * ROWS_PER_PAGE, limit: ROWS_PER_PAGE }),
      setState,
      () => setState('failed'),
      listening.signal,
    );
    setState('loading');
    onEvent('seen.changed', load, listening.signal);
    load();
    return () => listening.abort();
  }, [entryId, page]);
  return { state, page, setPage };
}
