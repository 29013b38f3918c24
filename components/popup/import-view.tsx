import { useId } from 'preact/hooks';
import { t, tn } from '@/utils/i18n/t';
import type { ImportMode } from '@/utils/pack';
import { ImportCommit } from './import-commit';
import { PreviewSummary } from './preview-summary';
import type { ImportPreview } from './types';

/** Props of {@link ImportView}. */
export interface ImportViewProps {
  /** The dry run of the picked file, or null before a file is picked. */
  preview: ImportPreview | null;
  /** Why reading, checking or importing failed. */
  error: string | null;
  /** A file is being read or an import written. */
  busy: boolean;
  /** How far a running import has come, in words, shown while busy; null or absent when there is nothing to tell. */
  progress?: string | null;
  onPickFile(file: File): void;
  onConfirm(mode: ImportMode): void;
  onExportAll(): void;
  /** Export the entries the current tab's page mentions; the button shows only when given. */
  onExportPage?: () => void;
  /** How many entries `onExportPage` would export; the button is disabled at 0. */
  pageCount?: number;
}

/** The page export's label, saying which entries it takes: "selected" alone did not say they were the page's. */
function pageExportLabel(count: number): string {
  return count === 0 ? t('export_page_none') : tn('export_page', count);
}

/**
 * Imports a pack after showing what it would change, grouped by status (the import itself, and its confirmation, are
 * ImportCommit's), and exports the knowledge base.
 */
export function ImportView(props: ImportViewProps) {
  const { preview, error, busy } = props;
  const base = useId();

  return (
    <section class="fl-view fl-import" aria-label={t('import_label')} aria-busy={busy}>
      <h2 class="fl-heading">{t('import_title')}</h2>
      <label class="fl-field" for={`${base}-file`}>
        {t('import_file')}
        <input
          id={`${base}-file`}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) props.onPickFile(file);
            event.currentTarget.value = '';
          }}
        />
      </label>
      {busy && !preview && props.progress && (
        <p class="fl-hint" role="status">
          {props.progress}
        </p>
      )}
      {error && (
        <p class="fl-issue fl-issue-error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <>
          <PreviewSummary preview={preview} />
          <ImportCommit preview={preview} busy={busy} progress={props.progress} onConfirm={props.onConfirm} />
        </>
      )}
      <h2 class="fl-heading">{t('export_title')}</h2>
      <div class="fl-actions">
        <button type="button" class="fl-button" disabled={busy} onClick={props.onExportAll}>
          {t('export_all')}
        </button>
        {props.onExportPage && (
          <button
            type="button"
            class="fl-button"
            disabled={busy || !props.pageCount}
            onClick={props.onExportPage}
          >
            {pageExportLabel(props.pageCount ?? 0)}
          </button>
        )}
      </div>
    </section>
  );
}
