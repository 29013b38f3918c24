import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import type { MergeChoice, MergeChoices } from '@/utils/subscribe/merge-resolve';
import type { PackUpdatePreview } from '@/utils/subscribe/update-preview';
import { noUndoText } from './confirm-bulk';
import { ConflictList } from './conflict-choice';
import { ImportGroup } from './import-preview-groups';
import { updateCountsText, updateGroups } from './update-items';

/** Props of {@link PackUpdateReview}. */
export interface PackUpdateReviewProps {
  preview: PackUpdatePreview;
  /** The region's name: what subscribing, or updating, changes. */
  label: string;
  /** The button that writes it: Subscribe or Update. */
  confirmLabel: string;
  busy: boolean;
  onConfirm(choices: MergeChoices): void;
  onCancel(): void;
}

/**
 * What subscribing to a pack, or updating one, would do, before anything is written: the counts, the records
 * added, updated, removed from the pack and kept as the reader has them (with why), and each conflict side by side
 * with its choice, "Keep mine" by default. Problems that would break the knowledge base block the write and are named.
 */
export function PackUpdateReview(props: PackUpdateReviewProps) {
  const { preview, busy } = props;
  const [choices, setChoices] = useState<MergeChoices>({});
  const choose = (key: string, choice: MergeChoice) => setChoices((now) => ({ ...now, [key]: choice }));
  const blocked = preview.problems.length > 0;
  return (
    <section class="fl-update-review" aria-label={props.label}>
      <p>
        <strong>{t('update_title_line', preview.title, preview.version)}</strong>
      </p>
      <p>{updateCountsText(preview)}</p>
      {updateGroups(preview).map((group) => (
        <ImportGroup
          key={group.status}
          status={group.status}
          items={group.items}
          label={group.label}
          withReason={group.status === 'kept'}
        />
      ))}
      {preview.conflicts.length > 0 && (
        <ConflictList conflicts={preview.conflicts} choices={choices} onChoose={choose} />
      )}
      {blocked && (
        <div class="fl-alert">
          <p>
            <strong>{t('update_problems')}</strong>
          </p>
          <ul>
            {preview.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {!blocked && !preview.undoable && <p class="fl-warning">{noUndoText()}</p>}
      <div class="fl-actions">
        <button
          type="button"
          class="fl-button fl-primary"
          disabled={busy || blocked}
          onClick={() => props.onConfirm(choices)}
        >
          {props.confirmLabel}
        </button>
        <button type="button" class="fl-button" disabled={busy} onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
