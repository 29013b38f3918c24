import { useContext } from 'preact/hooks';
import { familyLabel, positionLabel } from '@/utils/i18n/labels';
import { t } from '@/utils/i18n/t';
import { type Entry, type Family, POSITIONS, type Position } from '@/utils/model';
import { blankStance, removeAt, type StanceForm, updateAt } from './entry-form';
import { EntryOptions } from './entry-options';
import { Field, FieldRegistryContext, TextField } from './form-field';

/** Props of {@link StanceListEditor}. */
export interface StanceListEditorProps {
  stances: StanceForm[];
  /** Family of the stance targets: proposals when editing an actor, actors when editing a proposal. */
  targetFamily: Family | null;
  /** The entries a stance can point at, sorted. */
  targets: readonly Entry[];
  onChange(next: StanceForm[]): void;
}

const CHOOSE_TARGET = { actor: 'stance_choose_actor', proposal: 'stance_choose_proposal' } as const;

/** The editable list of positions linking an actor and a proposal, seen from the edited entry. */
export function StanceListEditor({ stances, targetFamily, targets, onChange }: StanceListEditorProps) {
  const fields = useContext(FieldRegistryContext);
  const targetLabel = targetFamily ? familyLabel(targetFamily) : t('stance_other_entry');
  const chooseTarget = t(targetFamily ? CHOOSE_TARGET[targetFamily] : 'stance_choose_any');
  return (
    <fieldset class="fl-rows">
      <legend>{t('stances_legend')}</legend>
      {stances.map((stance, index) => {
        const set = (patch: Partial<StanceForm>) => onChange(updateAt(stances, index, patch));
        const select = (path: string, patch: Partial<StanceForm>) => {
          fields.touch(path);
          set(patch);
        };
        return (
          <fieldset key={stance.key} class="fl-row-editor">
            <legend class="fl-row-legend">{t('stance_n', String(index + 1))}</legend>
            <Field path={`stances.${index}.position`} label={t('field_position')}>
              {(control) => (
                <select
                  {...control}
                  value={stance.position}
                  onChange={(event) => set({ position: event.currentTarget.value as Position })}
                >
                  {POSITIONS.map((position) => (
                    <option key={position} value={position}>
                      {positionLabel(position)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field path={`stances.${index}.otherId`} label={targetLabel}>
              {(control) => (
                <select
                  {...control}
                  value={stance.otherId}
                  onChange={(event) =>
                    select(`stances.${index}.otherId`, { otherId: event.currentTarget.value })
                  }
                >
                  <option value="">{chooseTarget}</option>
                  <EntryOptions entries={targets} />
                </select>
              )}
            </Field>
            <TextField
              path={`stances.${index}.date`}
              label={t('field_date_optional')}
              placeholder={t('date_placeholder')}
              value={stance.date}
              onValue={(date) => set({ date })}
            />
            <TextField
              path={`stances.${index}.note`}
              label={t('field_note')}
              multiline
              value={stance.note}
              onValue={(note) => set({ note })}
            />
            <TextField
              path={`stances.${index}.source.outlet`}
              label={t('field_outlet')}
              value={stance.outlet}
              onValue={(outlet) => set({ outlet })}
            />
            <TextField
              path={`stances.${index}.source.url`}
              label={t('field_source_url')}
              type="url"
              placeholder="https://"
              value={stance.url}
              onValue={(url) => set({ url })}
            />
            <button
              type="button"
              class="fl-link-button"
              aria-label={t('stance_remove', String(index + 1))}
              onClick={() => onChange(removeAt(stances, index))}
            >
              {t('remove')}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="fl-button" onClick={() => onChange([...stances, blankStance()])}>
        {t('stance_add')}
      </button>
    </fieldset>
  );
}
