import { useRef, useState } from 'preact/hooks';
import { t, tn } from '@/utils/i18n/t';
import type { ImportPreview } from '@/utils/import-preview';
import type { ImportMode } from '@/utils/pack';
import { call } from '@/utils/protocol/call';
import type { ImportProgress } from '@/utils/staged-import';
import type { UndoPoint } from '@/utils/undo-point';
import { downloadJson } from './download-json';
import type { Notify } from './notices';
import { localDate } from './prefill';
import { readPackFile } from './read-pack-file';
import { commitStaged, previewStaged, type StagedPack } from './send-import';
import { errorText, progressText, quoted, summaryText } from './wording';

/** The import view's state and actions. */
export interface Import {
  preview: ImportPreview | null;
  error: string | null;
  busy: boolean;
  /** How far a running import has come, in words; null when none runs. */
  progress: string | null;
  pickFile(file: File): void;
  confirm(mode: ImportMode): void;
  exportPack(ids: string[] | null): void;
}

/**
 * Reads a picked pack, stages it in the background chunk by chunk and shows what importing it would do, commits it on
 * confirmation (one all-or-nothing write, the records not sent again), with progress throughout, and exports packs as
 * downloads. The file's text is kept between preview and import so the same bytes are written if the background lost
 * the staged copy. An import that can be undone is offered to `offerUndo`.
 */
export function useImport(notify: Notify, offerUndo: (point: UndoPoint) => void): Import {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const staged = useRef<StagedPack | null>(null);
  const onProgress = (step: ImportProgress) => setProgress(progressText(step));

  async function work(task: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  }

  return {
    preview,
    error,
    busy,
    progress,
    pickFile: (file) =>
      void work(async () => {
        setPreview(null);
        staged.current = null;
        const read = await readPackFile(file);
        if (!read.ok) return setError(read.error);
        try {
          const previewed = await previewStaged(read.text, call, onProgress);
          staged.current = previewed.staged;
          setPreview(previewed.preview);
        } catch (failure) {
          setError(t('import_cannot', quoted(file.name), errorText(failure)));
        } finally {
          setProgress(null);
        }
      }),
    confirm: (mode) =>
      void work(async () => {
        if (staged.current === null || preview === null) return;
        try {
          const summary = await commitStaged(staged.current, mode, call, onProgress);
          setPreview(null);
          staged.current = null;
          notify.status(t('status_imported', quoted(preview.title), summaryText(summary)));
          if (summary.undo) offerUndo(summary.undo);
        } catch (failure) {
          setError(errorText(failure));
        } finally {
          setProgress(null);
        }
      }),
    exportPack: (ids) =>
      void work(async () => {
        try {
          const pack = await call('kb.export', { ids });
          const name = `fact-linker-${ids ? 'selection-' : ''}${localDate(new Date())}.json`;
          downloadJson(name, pack);
          const count = pack.entries.length;
          notify.status(tn('status_exported', count, name));
        } catch (failure) {
          setError(t('error_export', errorText(failure)));
        }
      }),
  };
}
