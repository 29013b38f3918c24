import type { Entry } from '@/utils/model';

/** Props of {@link ConflictAlert}. */
export interface ConflictAlertProps {
  /** The stored entry that a save collided with. */
  conflict: Entry;
  onReload(): void;
  onOverwrite(): void;
}

/** Tells the reader a save collided with a change made elsewhere and lets them pick which version wins. */
export function ConflictAlert({ conflict, onReload, onOverwrite }: ConflictAlertProps) {
  return (
    <div class="fl-alert" role="alert">
      <p>{`This entry was changed elsewhere (revision ${conflict.rev})`}</p>
      <p class="fl-hint">Reloading discards your edits; overwriting discards theirs.</p>
      <div class="fl-actions">
        <button type="button" class="fl-button" onClick={onReload}>
          Reload theirs
        </button>
        <button type="button" class="fl-button fl-danger" onClick={onOverwrite}>
          Overwrite with mine
        </button>
      </div>
    </div>
  );
}
