import { t } from '@/utils/i18n/t';

/** Props of {@link UndoBar}. */
export interface UndoBarProps {
  /** What can be taken back, in words: a deleted entry by its name, or a bulk write by its label. */
  text: string;
  onUndo(): void;
  onDismiss(): void;
}

/** The short-lived offer to take a delete or a bulk write back, stated as text. */
export function UndoBar({ text, onUndo, onDismiss }: UndoBarProps) {
  return (
    <div class="fl-undo" role="status">
      <span>{text}</span>
      <button type="button" class="fl-button" onClick={onUndo}>
        {t('undo')}
      </button>
      <button type="button" class="fl-link-button" aria-label={t('notice_dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
