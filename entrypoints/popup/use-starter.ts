import { useState } from 'preact/hooks';
import { t, tn } from '@/utils/i18n/t';
import type { ImportPreview } from '@/utils/import-preview';
import { call } from '@/utils/protocol/call';
import type { UndoPoint } from '@/utils/undo-point';
import type { Notify } from './notices';
import { errorText, summaryText } from './wording';

/** The re-install of the bundled starter pack, as Settings shows it: its preview once asked, and its actions. */
export interface StarterReinstall {
  /** What re-installing would change, or null when it was not asked for (or was written or cancelled). */
  preview: ImportPreview | null;
  busy: boolean;
  ask(): void;
  confirm(): void;
  cancel(): void;
}

/**
 * Asks the background what re-installing the starter pack would add, update and keep, and writes it only when the
 * reader confirms that preview; the outcome is reported, and offered to `offerUndo` when it can be undone.
 */
export function useStarter(notify: Notify, offerUndo: (point: UndoPoint) => void): StarterReinstall {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const run = (task: Promise<void>) => {
    setBusy(true);
    task.catch((error) => notify.error(t('error_starter', errorText(error)))).finally(() => setBusy(false));
  };
  return {
    preview,
    busy,
    ask: () => run(call('kb.starterPreview', {}).then(setPreview)),
    confirm: () =>
      run(
        call('kb.restoreStarter', {}).then((summary) => {
          setPreview(null);
          const kept = summary.kept > 0 ? ` ${tn('starter_kept', summary.kept)}` : '';
          notify.status(`${t('status_starter_restored', summaryText(summary))}${kept}`);
          if (summary.undo) offerUndo(summary.undo);
        }),
      ),
    cancel: () => setPreview(null),
  };
}
