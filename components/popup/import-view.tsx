import { useId, useState } from 'preact/hooks';
import type { ImportMode } from '@/utils/pack';
import { entryLine, IMPORT_STATUS_ORDER, recordLine } from './import-counts';
import { ImportGroup } from './import-preview-groups';
import type { ImportPreview, ImportPreviewItem, ImportStatus } from './types';

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
  if (count === 0) return 'Export the entries on this page (none found)';
  return count === 1 ? 'Export the 1 entry on this page' : `Export the ${count} entries on this page`;
}

function groupByStatus(items: readonly ImportPreviewItem[]): Map<ImportStatus, ImportPreviewItem[]> {
  const groups = new Map<ImportStatus, ImportPreviewItem[]>();
  for (const item of items) {
    const group = groups.get(item.status);
    if (group) group.push(item);
    else groups.set(item.status, [item]);
  }
  return groups;
}

/**
 * Imports a pack after showing what it would change, grouped by status, and exports the knowledge base.
 * Nothing is imported while any record is invalid, because imports are all or nothing; a merge also waits while it
 * would break a stored record, which a replace removes or replaces.
 */
export function ImportView(props: ImportViewProps) {
  const { preview, error, busy } = props;
  const base = useId();
  const [mode, setMode] = useState<ImportMode>('merge');
  const groups = groupByStatus(preview?.items ?? []);
  const records = preview && recordLine(preview.items);
  const invalid = groups.get('invalid')?.length ?? 0;
  const breaks = mode === 'merge' ? (groups.get('breaks')?.length ?? 0) : 0;
  const blocked = busy || preview === null || preview.items.length === 0 || invalid > 0 || breaks > 0;
  const why = busy
    ? (props.progress ?? 'Working…')
    : invalid > 0
      ? `Fix the ${invalid === 1 ? 'invalid item' : `${invalid} invalid items`} in the file first: nothing is imported while any is invalid.`
      : breaks > 0
        ? `A merge would break ${breaks === 1 ? 'a stored record' : `${breaks} stored records`}: fix ${breaks === 1 ? 'it' : 'them'} here first, or replace the knowledge base.`
        : null;

  return (
    <section class="fl-view fl-import" aria-label="Import and export" aria-busy={busy}>
      <h2 class="fl-heading">Import a pack</h2>
      <label class="fl-field" for={`${base}-file`}>
        Pack file (.json)
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
          <p>
            <strong>{preview.title}</strong>
            {`: ${preview.items.length === 0 ? 'empty' : entryLine(preview.items)}`}
          </p>
          {records && <p class="fl-hint">{records}</p>}
          {IMPORT_STATUS_ORDER.map((status) => {
            const items = groups.get(status);
            return items ? <ImportGroup key={status} status={status} items={items} /> : null;
          })}
          <fieldset class="fl-choice">
            <legend>How to import</legend>
            {(['merge', 'replace'] as const).map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`${base}-mode`}
                  value={value}
                  checked={mode === value}
                  onChange={() => setMode(value)}
                />
                {value === 'merge'
                  ? 'Merge: add and update, keep everything else'
                  : 'Replace the knowledge base'}
              </label>
            ))}
          </fieldset>
          {mode === 'replace' && (
            <p class="fl-warning">Entries not in the pack will be removed, with their facts and stances.</p>
          )}
          <button
            type="button"
            class="fl-button fl-primary"
            disabled={blocked}
            aria-describedby={why ? `${base}-why` : undefined}
            onClick={() => props.onConfirm(mode)}
          >
            {mode === 'merge' ? 'Import' : 'Replace and import'}
          </button>
          {why && (
            <p id={`${base}-why`} class="fl-hint" role={busy ? 'status' : undefined}>
              {why}
            </p>
          )}
        </>
      )}
      <h2 class="fl-heading">Export</h2>
      <div class="fl-actions">
        <button type="button" class="fl-button" disabled={busy} onClick={props.onExportAll}>
          Export all
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
