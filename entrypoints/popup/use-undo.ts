import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import { call } from '@/utils/protocol/call';
import type { Removed } from '@/utils/store/cascade';
import type { UndoPoint } from '@/utils/undo-point';
import type { Notify } from './notices';
import { errorText, quoted } from './wording';

/** How long the undo bar stays after a delete. */
export const UNDO_MS = 10_000;
/** How long it stays after a bulk write (an import, a re-install), whose outcome takes longer to look over. */
export const BULK_UNDO_MS = 30_000;

/** What the undo bar offers to take back: the last delete, or the last bulk write by its undo point. */
export type UndoOffer = { kind: 'delete'; removed: Removed } | { kind: 'bulk'; point: UndoPoint };

/** The last delete or bulk write while it can still be undone, and the actions of the undo bar. */
export interface Undo {
  offered: UndoOffer | null;
  /** What the undo bar says, or null when it is not shown. */
  text: string | null;
  offer(removed: Removed): void;
  offerBulk(point: UndoPoint): void;
  undo(): void;
  dismiss(): void;
}

function textOf(offered: UndoOffer | null): string | null {
  if (!offered) return null;
  return offered.kind === 'delete'
    ? t('undo_deleted', quoted(offered.removed.entry.name))
    : `${offered.point.label} is done.`;
}

/**
 * Keeps the last delete for {@link UNDO_MS}, or the last bulk write for {@link BULK_UNDO_MS}, so the reader can take
 * it back with one click: a delete is put back from what it removed, a bulk write by the background from its snapshot
 * (`kb.undoBulk`). A newer offer replaces the older one; an undo the background refuses says why.
 */
export function useUndo(notify: Notify): Undo {
  const [offered, setOffered] = useState<UndoOffer | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dismiss = useCallback(() => {
    clearTimeout(timer.current);
    setOffered(null);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = (next: UndoOffer, ms: number) => {
    clearTimeout(timer.current);
    setOffered(next);
    timer.current = setTimeout(() => setOffered(null), ms);
  };

  return {
    offered,
    text: textOf(offered),
    dismiss,
    offer: (removed) => show({ kind: 'delete', removed }, UNDO_MS),
    offerBulk: (point) => show({ kind: 'bulk', point }, BULK_UNDO_MS),
    undo: () => {
      if (!offered) return;
      dismiss();
      const failed = (error: unknown) => notify.error(t('error_undo', errorText(error)));
      if (offered.kind === 'delete') {
        const { removed } = offered;
        call('kb.undoDelete', { removed }).then(
          () => notify.status(t('status_restored', quoted(removed.entry.name))),
          failed,
        );
      } else {
        const { point } = offered;
        call('kb.undoBulk', { id: point.id }).then(() => notify.status(`${point.label} is undone.`), failed);
      }
    },
  };
}
