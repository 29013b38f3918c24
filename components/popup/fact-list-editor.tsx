import { blankFact, type FactForm, removeAt, updateAt } from './entry-form';
import { TextField } from './form-field';

/** Props of {@link FactListEditor}. */
export interface FactListEditorProps {
  facts: FactForm[];
  onChange(next: FactForm[]): void;
}

/** The editable list of dated, sourced facts about an entry. */
export function FactListEditor({ facts, onChange }: FactListEditorProps) {
  return (
    <fieldset class="fl-rows">
      <legend>Facts</legend>
      {facts.map((fact, index) => {
        const set = (patch: Partial<FactForm>) => onChange(updateAt(facts, index, patch));
        return (
          <fieldset key={fact.key} class="fl-row-editor">
            <legend class="fl-row-legend">{`Fact ${index + 1}`}</legend>
            <TextField
              path={`facts.${index}.date`}
              label="Date"
              placeholder="YYYY-MM-DD"
              value={fact.date}
              onValue={(date) => set({ date })}
            />
            <TextField
              path={`facts.${index}.text`}
              label="Statement"
              multiline
              value={fact.text}
              onValue={(text) => set({ text })}
            />
            <TextField
              path={`facts.${index}.source.outlet`}
              label="Source outlet"
              value={fact.outlet}
              onValue={(outlet) => set({ outlet })}
            />
            <TextField
              path={`facts.${index}.source.url`}
              label="Source URL"
              type="url"
              placeholder="https://"
              value={fact.url}
              onValue={(url) => set({ url })}
            />
            <button
              type="button"
              class="fl-link-button"
              aria-label={`Remove fact ${index + 1}`}
              onClick={() => onChange(removeAt(facts, index))}
            >
              Remove
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="fl-button" onClick={() => onChange([...facts, blankFact()])}>
        Add fact
      </button>
    </fieldset>
  );
}
