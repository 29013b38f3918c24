import { useEffect, useState } from 'preact/hooks';
import { ROWS_PER_PAGE } from '@/components/popup/row-pages';
import type { SeenListState } from '@/components/popup/seen-list';
import { call } from '@/utils/protocol/call';

/** The editor's list of where an entry was seen: the page of rows shown, loaded from the background as it changes. */
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
    let current = true;
    setState('loading');
    call('seen.list', { entryId, offset: page * ROWS_PER_PAGE, limit: ROWS_PER_PAGE }).then(
      (answer) => {
        if (current) setState(answer);
      },
      () => {
        if (current) setState('failed');
      },
    );
    return () => {
      current = false;
    };
  }, [entryId, page]);
  return { state, page, setPage };
}
