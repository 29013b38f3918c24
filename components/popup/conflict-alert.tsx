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
