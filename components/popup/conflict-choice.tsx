import { useId } from 'preact/hooks';
import { t, tn } from '@/utils/i18n/t';
import { choiceKey, type MergeChoice, type MergeChoices } from '@/utils/subscribe/merge-resolve';
import type { UpdateConflict } from '@/utils/subscribe/update-preview';
import { typeOf } from './update-items';

/** Conflicts shown at once; the rest keep the reader's copy, as every conflict does until chosen otherwise. */
export const CONFLICTS_SHOWN = 50;

const TYPE_LABELS = { entry: 'type_entry', fact: 'type_fact', stance: 'type_stance' } as const;

/** Props of {@link ConflictChoice}. */
export interface ConflictChoiceProps {
  conflict: UpdateConflict;
  choice: MergeChoice;
  onChoose(choice: MergeChoice): void;
}

/**
 * One record both the reader and the pack changed: the fields that differ side by side (the reader's copy, the
 * pack's), and the choice between keeping mine and taking theirs. Stored text is rendered as text.
 */
export function ConflictChoice({ conflict, choice, onChoose }: ConflictChoiceProps) {
  const name = useId();
  const type = t(TYPE_LABELS[typeOf(conflict.collection)]);
  return (
    <fieldset class="fl-choice fl-conflict">
      <legend>{t('conflict_legend', type, conflict.name)}</legend>
      {conflict.mine === null && <p class="fl-hint">{t('conflict_deleted_here')}</p>}
      <table class="fl-table" aria-label={t('conflict_table', conflict.name)}>
        <thead>
          <tr>
            <th scope="col">{t('conflict_field')}</th>
            <th scope="col">{t('conflict_mine')}</th>
            <th scope="col">{t('conflict_theirs')}</th>
          </tr>
        </thead>
        <tbody>
          {conflict.changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{change.field}</th>
              <td>{change.before}</td>
              <td>{change.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {(['mine', 'theirs'] as const).map((side) => (
        <label key={side}>
          <input type="radio" name={name} checked={choice === side} onChange={() => onChoose(side)} />
          {side === 'mine' ? t('conflict_keep_mine') : t('conflict_take_theirs')}
        </label>
      ))}
    </fieldset>
  );
}

/** Props of {@link ConflictList}. */
export interface ConflictListProps {
  conflicts: readonly UpdateConflict[];
  choices: MergeChoices;
  onChoose(key: string, choice: MergeChoice): void;
}

/** The conflicts of an update, each to choose, "Keep mine" until the reader picks "Take theirs". */
export function ConflictList({ conflicts, choices, onChoose }: ConflictListProps) {
  const heading = useId();
  const shown = conflicts.slice(0, CONFLICTS_SHOWN);
  return (
    <section class="fl-conflicts" aria-labelledby={heading}>
      <h4 class="fl-subheading" id={heading}>
        {t('conflicts_heading', conflicts.length)}
      </h4>
      <p class="fl-hint">{t('conflicts_hint')}</p>
      {shown.map((conflict) => {
        const key = choiceKey(conflict.collection, conflict.id);
        return (
          <ConflictChoice
            key={key}
            conflict={conflict}
            choice={choices[key] ?? 'mine'}
            onChoose={(choice) => onChoose(key, choice)}
          />
        );
      })}
      {conflicts.length > shown.length && (
        <p class="fl-hint">{tn('conflicts_more', conflicts.length - shown.length)}</p>
      )}
    </section>
  );
}
