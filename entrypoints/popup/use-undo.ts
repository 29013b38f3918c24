import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import { call } from '@/utils/protocol/call';
import type { Removed } from '@/utils/store/cascade';
import type { Notify } from './notices';
import { errorText, quoted } from './wording';

/** How long the undo bar stays after a delete. */
export const UNDO_MS = 10_000;

/** The last delete while it can still be undone, and the actions of the undo bar. */
export interface Undo {
  removed: Removed | null;
  offer(removed: Removed): void;
  undo(): void;
  dismiss(): void;
}

/** Keeps what a delete removed for {@link UNDO_MS}, so the reader can put it back exactly with one click. */
export function useUndo(notify: Notify): Undo {
  const [removed, setRemoved] = useState<Removed | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dismiss = useCallback(() => {
    clearTimeout(timer.current);
    setRemoved(null);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);

  return {
    removed,
    dismiss,
    offer: (next) => {
      clearTimeout(timer.current);
      setRemoved(next);
      timer.current = setTimeout(() => setRemoved(null), UNDO_MS);
    },
    undo: () => {
      if (!removed) return;
      dismiss();
      call('kb.undoDelete', { removed }).then(
        () => notify.status(t('status_restored', quoted(removed.entry.name))),
        (error) => notify.error(t('error_undo', errorText(error))),
      );
    },
  };
}
