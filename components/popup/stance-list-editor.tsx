import { useContext } from 'preact/hooks';
import { type Entry, type Family, POSITIONS, type Position } from '@/utils/model';
import { blankStance, removeAt, type StanceForm, updateAt } from './entry-form';
import { EntryOptions } from './entry-options';
import { Field, FieldRegistryContext, TextField } from './form-field';
import { POSITION_LABELS } from './labels';

/** Props of {@link StanceListEditor}. */
export interface StanceListEditorProps {
  stances: StanceForm[];
  /** Family of the stance targets: proposals when editing an actor, actors when editing a proposal. */
  targetFamily: Family | null;
  /** The entries a stance can point at, sorted. */
  targets: readonly Entry[];
  onChange(next: StanceForm[]): void;
}

const TARGET_LABEL = { actor: 'Actor', proposal: 'Proposal' } as const;

/** The editable list of positions linking an actor and a proposal, seen from the edited entry. */
export function StanceListEditor({ stances, targetFamily, targets, onChange }: StanceListEditorProps) {
  const fields = useContext(FieldRegistryContext);
  const targetLabel = targetFamily ? TARGET_LABEL[targetFamily] : 'Other entry';
  return (
    <fieldset class="fl-rows">
      <legend>Stances</legend>
      {stances.map((stance, index) => {
        const set = (patch: Partial<StanceForm>) => onChange(updateAt(stances, index, patch));
        const select = (path: string, patch: Partial<StanceForm>) => {
          fields.touch(path);
          set(patch);
        };
        return (
          <fieldset key={stance.key} class="fl-row-editor">
            <legend class="fl-row-legend">{`Stance ${index + 1}`}</legend>
            <Field path={`stances.${index}.position`} label="Position">
              {(control) => (
                <select
                  {...control}
                  value={stance.position}
                  onChange={(event) => set({ position: event.currentTarget.value as Position })}
                >
                  {POSITIONS.map((position) => (
                    <option key={position} value={position}>
                      {POSITION_LABELS[position]}
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
                  <option value="">{`Choose ${targetLabel.toLowerCase()}…`}</option>
                  <EntryOptions entries={targets} />
                </select>
              )}
            </Field>
            <TextField
              path={`stances.${index}.date`}
              label="Date (optional)"
              placeholder="YYYY-MM-DD"
              value={stance.date}
              onValue={(date) => set({ date })}
            />
            <TextField
              path={`stances.${index}.note`}
              label="Note"
              multiline
              value={stance.note}
              onValue={(note) => set({ note })}
            />
            <TextField
              path={`stances.${index}.source.outlet`}
              label="Source outlet"
              value={stance.outlet}
              onValue={(outlet) => set({ outlet })}
            />
            <TextField
              path={`stances.${index}.source.url`}
              label="Source URL"
              type="url"
              placeholder="https://"
              value={stance.url}
              onValue={(url) => set({ url })}
            />
            <button
              type="button"
              class="fl-link-button"
              aria-label={`Remove stance ${index + 1}`}
              onClick={() => onChange(removeAt(stances, index))}
            >
              Remove
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="fl-button" onClick={() => onChange([...stances, blankStance()])}>
        Add stance
      </button>
    </fieldset>
  );
}
