import { t } from '@/utils/i18n/t';
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
      <legend>{t('facts_legend')}</legend>
      {facts.map((fact, index) => {
        const set = (patch: Partial<FactForm>) => onChange(updateAt(facts, index, patch));
        return (
          <fieldset key={fact.key} class="fl-row-editor">
            <legend class="fl-row-legend">{t('fact_n', String(index + 1))}</legend>
            <TextField
              path={`facts.${index}.date`}
              label={t('field_date')}
              placeholder={t('date_placeholder')}
              value={fact.date}
              onValue={(date) => set({ date })}
            />
            <TextField
              path={`facts.${index}.text`}
              label={t('field_statement')}
              multiline
              value={fact.text}
              onValue={(text) => set({ text })}
            />
            <TextField
              path={`facts.${index}.source.outlet`}
              label={t('field_outlet')}
              value={fact.outlet}
              onValue={(outlet) => set({ outlet })}
            />
            <TextField
              path={`facts.${index}.source.url`}
              label={t('field_source_url')}
              type="url"
              placeholder="https://"
              value={fact.url}
              onValue={(url) => set({ url })}
            />
            <button
              type="button"
              class="fl-link-button"
              aria-label={t('fact_remove', String(index + 1))}
              onClick={() => onChange(removeAt(facts, index))}
            >
              {t('remove')}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="fl-button" onClick={() => onChange([...facts, blankFact()])}>
        {t('fact_add')}
      </button>
    </fieldset>
  );
}
