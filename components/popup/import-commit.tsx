import { useId, useState } from 'preact/hooks';
import { t, tn } from '@/utils/i18n/t';
import type { ImportMode } from '@/utils/pack';
import { ConfirmBulk } from './confirm-bulk';
import { groupCount } from './import-counts';
import { ImportGroup } from './import-preview-groups';
import type { ImportPreview } from './types';

/** Props of {@link ImportCommit}. */
export interface ImportCommitProps {
  preview: ImportPreview;
  busy: boolean;
  /** How far a running import has come, in words; null or absent when there is nothing to tell. */
  progress?: string | null;
  onConfirm(mode: ImportMode): void;
}

const count = (items: ImportPreview['items'], status: string) =>
  items.filter((item) => item.status === status).length;

/** Why the import button waits, or null when it does not. */
function whyBlocked(preview: ImportPreview, mode: ImportMode): string | null {
  const invalid = count(preview.items, 'invalid');
  const breaks = mode === 'merge' ? count(preview.items, 'breaks') : 0;
  if (invalid > 0) return tn('import_fix_invalid', invalid);
  if (breaks > 0) return tn('import_breaks', breaks);
  return null;
}

/**
 * How to import a previewed pack, and the import itself: merge, or replace, which lists by name what it removes. A
 * replace, or a write too large to undo, asks again (ConfirmBulk) before anything is written; a merge that can be
 * undone is written at once. Nothing is imported while any record is invalid; a merge also waits while it would break
 * a stored record, which a replace removes or replaces.
 */
export function ImportCommit({ preview, busy, progress, onConfirm }: ImportCommitProps) {
  const base = useId();
  const [mode, setMode] = useState<ImportMode>('merge');
  // What the reader is asked to confirm; a new preview or mode drops the question without an effect, whose late run
  // could otherwise undo a click made right after the change.
  const [asked, setAsked] = useState<{ preview: ImportPreview; mode: ImportMode } | null>(null);
  const confirming = asked?.preview === preview && asked.mode === mode;
  const setConfirming = (on: boolean) => setAsked(on ? { preview, mode } : null);
  const blockedBy = whyBlocked(preview, mode);
  const why = busy ? (progress ?? t('working')) : blockedBy;
  const blocked = busy || preview.items.length === 0 || blockedBy !== null;
  const undoable = preview.undoable[mode];
  const removed = preview.removed.length > 0 ? groupCount(preview.removed) : null;
  const confirm = () => {
    setConfirming(false);
    onConfirm(mode);
  };

  return (
    <>
      <fieldset class="fl-choice">
        <legend>{t('import_how')}</legend>
        {(['merge', 'replace'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${base}-mode`}
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            {value === 'merge' ? t('import_merge') : t('import_replace')}
          </label>
        ))}
      </fieldset>
      {mode === 'replace' &&
        (removed ? (
          <>
            <p class="fl-warning">{t('import_removes', removed)}</p>
            <ImportGroup status="removed" items={preview.removed} />
          </>
        ) : (
          <p class="fl-hint">{t('import_removes_nothing')}</p>
        ))}
      <p class="fl-hint">{undoable ? t('import_undo_once') : t('import_no_undo')}</p>
      {confirming ? (
        <ConfirmBulk
          question={
            mode === 'merge'
              ? t('import_ask_merge', t('quote', preview.title))
              : removed
                ? t('import_ask_remove', removed, t('quote', preview.title))
                : t('import_ask_replace', t('quote', preview.title))
          }
          undoable={undoable}
          confirmLabel={mode === 'merge' ? t('import_anyway') : t('import_remove_and')}
          busy={busy}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button
          type="button"
          class="fl-button fl-primary"
          disabled={blocked}
          aria-describedby={why ? `${base}-why` : undefined}
          onClick={() => (mode === 'replace' || !undoable ? setConfirming(true) : onConfirm(mode))}
        >
          {mode === 'merge' ? t('import_do') : t('import_replace_do')}
        </button>
      )}
      {why && (
        <p id={`${base}-why`} class="fl-hint" role={busy ? 'status' : undefined}>
          {why}
        </p>
      )}
    </>
  );
}
