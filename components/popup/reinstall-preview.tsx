import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import { ConfirmBulk } from './confirm-bulk';
import { PreviewSummary } from './preview-summary';
import type { ImportPreview } from './types';

/** Props of {@link ReinstallPreview}. */
export interface ReinstallPreviewProps {
  /** What re-installing would add, update, and keep because the reader edited it. */
  preview: ImportPreview;
  /** The re-install is being written. */
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * What re-installing the bundled starter pack would change, shown before anything is written: the records it adds
 * back and updates, and those it keeps as the reader edited them. Re-install writes it (asking again when it could
 * not be undone); Cancel drops it.
 */
export function ReinstallPreview({ preview, busy, onConfirm, onCancel }: ReinstallPreviewProps) {
  const [confirming, setConfirming] = useState(false);
  const changes = preview.items.filter((item) => item.status === 'new' || item.status === 'updated').length;
  const undoable = preview.undoable.merge;
  if (confirming)
    return (
      <ConfirmBulk
        question={t('reinstall_ask', t('quote', preview.title))}
        undoable={false}
        confirmLabel={t('reinstall_anyway')}
        busy={busy}
        onConfirm={onConfirm}
        onCancel={() => setConfirming(false)}
      />
    );
  return (
    <section class="fl-reinstall" aria-label={t('reinstall_label')}>
      <PreviewSummary preview={preview} />
      <p class="fl-hint">
        {changes === 0 ? t('reinstall_nothing') : undoable ? t('reinstall_undoable') : t('reinstall_final')}
      </p>
      <div class="fl-actions">
        <button
          type="button"
          class="fl-button fl-primary"
          disabled={busy || changes === 0}
          onClick={() => (undoable ? onConfirm() : setConfirming(true))}
        >
          {busy ? t('reinstalling') : t('reinstall')}
        </button>
        <button type="button" class="fl-button" disabled={busy} onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
