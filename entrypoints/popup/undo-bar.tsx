import { t } from '@/utils/i18n/t';
import { quoted } from './wording';

/** Props of {@link UndoBar}. */
export interface UndoBarProps {
  name: string;
  onUndo(): void;
  onDismiss(): void;
}

/** The short-lived offer to take a delete back, stated with the deleted entry's name as text. */
export function UndoBar({ name, onUndo, onDismiss }: UndoBarProps) {
  return (
    <div class="fl-undo" role="status">
      <span>{t('undo_deleted', quoted(name))}</span>
      <button type="button" class="fl-button" onClick={onUndo}>
        {t('undo')}
      </button>
      <button type="button" class="fl-link-button" aria-label={t('notice_dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
