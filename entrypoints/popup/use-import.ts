import { useRef, useState } from 'preact/hooks';
import type { ImportPreview } from '@/utils/import-preview';
import type { ImportMode } from '@/utils/pack';
import { call } from '@/utils/protocol/call';
import { downloadJson } from './download-json';
import type { Notify } from './notices';
import { localDate } from './prefill';
import { readPackFile } from './read-pack-file';
import { sendImport } from './send-import';
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
 * Reads a picked pack, asks the background what importing it would do, imports it on confirmation as a staged
 * import (chunk by chunk, then one all-or-nothing commit) with its progress, and exports packs as downloads. The
 * file's text is kept between preview and import so the same bytes are written.
 */
export function useImport(notify: Notify): Import {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const text = useRef<string | null>(null);

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
        text.current = null;
        const read = await readPackFile(file);
        if (!read.ok) return setError(read.error);
        try {
          setPreview(await call('kb.previewImport', { text: read.text }));
          text.current = read.text;
        } catch (failure) {
          setError(`${quoted(file.name)} can't be imported: ${errorText(failure)}`);
        }
      }),
    confirm: (mode) =>
      void work(async () => {
        if (text.current === null || preview === null) return;
        try {
          const summary = await sendImport(text.current, mode, call, (step) =>
            setProgress(progressText(step)),
          );
          setPreview(null);
          text.current = null;
          notify.status(`Imported ${quoted(preview.title)}: ${summaryText(summary)}`);
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
          notify.status(`Exported ${count} ${count === 1 ? 'entry' : 'entries'} to ${name}.`);
        } catch (failure) {
          setError(`Export failed: ${errorText(failure)}`);
        }
      }),
  };
}
