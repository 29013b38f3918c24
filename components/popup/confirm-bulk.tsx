import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import { UNDO_MAX_CHARS, UNDO_MAX_RECORDS } from '@/utils/undo-point';

/** Props of {@link ConfirmBulk}. */
export interface ConfirmBulkProps {
  /** What will happen, as the question the reader answers. */
  question: string;
  /** Lines that say exactly what goes or changes, shown under the question. */
  details?: readonly string[];
  /** Whether the write can be undone afterwards; when not, the box says so before the reader confirms. */
  undoable: boolean;
  confirmLabel: string;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Why a write cannot be undone, with the bounds of the copy Fact Linker keeps. */
export function noUndoText(): string {
  return t('no_undo', UNDO_MAX_RECORDS, UNDO_MAX_CHARS / 1_000_000);
}

/**
 * The explicit second step before a bulk write that removes records or cannot be undone: says what will happen,
 * and writes nothing until the reader confirms. Focus starts on Cancel, the safe answer, which reads out the question.
 */
export function ConfirmBulk(props: ConfirmBulkProps) {
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="fl-alert">
      <div id={`${id}-what`}>
        <p>
          <strong>{props.question}</strong>
        </p>
        {props.details?.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {!props.undoable && <p class="fl-warning">{noUndoText()}</p>}
      </div>
      <div class="fl-actions">
        <button
          type="button"
          class="fl-button fl-danger"
          aria-describedby={`${id}-what`}
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
        <button
          type="button"
          class="fl-button"
          ref={cancel}
          aria-describedby={`${id}-what`}
          disabled={props.busy}
          onClick={props.onCancel}
        >
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
