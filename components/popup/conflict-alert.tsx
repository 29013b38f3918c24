import { t } from '@/utils/i18n/t';

/** Props of {@link ConflictAlert}. */
export interface ConflictAlertProps {
  /** What changed elsewhere: the entry itself, or which fact or stance was added, changed or removed. */
  changes: readonly string[];
  onReload(): void;
  onOverwrite(): void;
}

/** Tells the reader a save collided with a change made elsewhere and lets them pick which version wins. */
export function ConflictAlert({ changes, onReload, onOverwrite }: ConflictAlertProps) {
  return (
    <div class="fl-alert" role="alert">
      {changes.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p class="fl-hint">{t('conflict_hint')}</p>
      <div class="fl-actions">
        <button type="button" class="fl-button" onClick={onReload}>
          {t('conflict_reload')}
        </button>
        <button type="button" class="fl-button fl-danger" onClick={onOverwrite}>
          {t('conflict_overwrite')}
        </button>
      </div>
    </div>
  );
}
