import { type AliasForm, blankAlias, removeAt, updateAt } from './entry-form';
import { TextField } from './form-field';

/** The alias options, as each row's checkboxes label them. */
const ALIAS_OPTIONS: [option: 'caseSensitive' | 'needsContext' | 'exclude', label: string][] = [
  ['caseSensitive', 'Match case'],
  ['needsContext', 'Needs context'],
  ['exclude', 'Never highlight (hides shorter aliases inside it)'],
];

/** Props of {@link AliasListEditor}. */
export interface AliasListEditorProps {
  aliases: AliasForm[];
  onChange(next: AliasForm[]): void;
}

/** The editable list of ways an entry is written, each with the matcher options it needs. */
export function AliasListEditor({ aliases, onChange }: AliasListEditorProps) {
  return (
    <fieldset class="fl-rows">
      <legend>Aliases</legend>
      {aliases.map((alias, index) => (
        <fieldset key={alias.key} class="fl-row-editor">
          <legend class="fl-visually-hidden">{`Alias ${index + 1}`}</legend>
          <TextField
            path={`aliases.${index}.text`}
            label="Alias"
            value={alias.text}
            onValue={(text) => onChange(updateAt(aliases, index, { text }))}
          />
          <div class="fl-checks">
            {ALIAS_OPTIONS.map(([option, label]) => (
              <label key={option}>
                <input
                  type="checkbox"
                  checked={alias[option] === true}
                  onChange={(event) =>
                    onChange(updateAt(aliases, index, { [option]: event.currentTarget.checked }))
                  }
                />
                {label}
              </label>
            ))}
            <button
              type="button"
              class="fl-link-button"
              aria-label={`Remove alias ${index + 1}`}
              onClick={() => onChange(removeAt(aliases, index))}
            >
              Remove
            </button>
          </div>
        </fieldset>
      ))}
      <button type="button" class="fl-button" onClick={() => onChange([...aliases, blankAlias()])}>
        Add alias
      </button>
    </fieldset>
  );
}
