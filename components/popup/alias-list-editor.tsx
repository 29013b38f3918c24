import type { MessageKey } from '@/utils/i18n/message-key';
import { t } from '@/utils/i18n/t';
import { type AliasForm, blankAlias, removeAt, updateAt } from './entry-form';
import { TextField } from './form-field';
import { ListPager } from './list-pager';
import { PatternPreview } from './pattern-preview';
import { clampPage, pageOf, ROWS_PER_PAGE } from './row-pages';

/** The alias options, as each row's checkboxes label them. */
const ALIAS_OPTIONS: [option: 'caseSensitive' | 'needsContext' | 'exclude', label: MessageKey][] = [
  ['caseSensitive', 'alias_match_case'],
  ['needsContext', 'alias_needs_context'],
  ['exclude', 'alias_exclude'],
];

/** Props of {@link AliasListEditor}. */
export interface AliasListEditorProps {
  aliases: AliasForm[];
  onChange(next: AliasForm[]): void;
  /** The page of rows shown; the editor owns it so a save with errors can show the first faulty row. */
  page: number;
  onPage(page: number): void;
}

/**
 * The editable list of ways an entry is written, each with the matcher options it needs, a page of rows at a time
 * so that an entry with thousands of aliases stays quick to type in.
 */
export function AliasListEditor({ aliases, onChange, page, onPage }: AliasListEditorProps) {
  const start = clampPage(page, aliases.length) * ROWS_PER_PAGE;
  return (
    <fieldset class="fl-rows">
      <legend>{t('aliases_title')}</legend>
      <p class="fl-hint">{t('aliases_hint')}</p>
      <ListPager noun={t('aliases_title')} count={aliases.length} page={page} onPage={onPage} />
      {aliases.slice(start, start + ROWS_PER_PAGE).map((alias, offset) => (
        <AliasRow
          key={alias.key}
          alias={alias}
          aliases={aliases}
          index={start + offset}
          onChange={onChange}
        />
      ))}
      <button
        type="button"
        class="fl-button"
        onClick={() => {
          onChange([...aliases, blankAlias()]);
          onPage(pageOf(aliases.length));
        }}
      >
        Add alias
      </button>
    </fieldset>
  );
}

/** Props of {@link AliasRow}. */
interface AliasRowProps {
  alias: AliasForm;
  aliases: AliasForm[];
  index: number;
  onChange(next: AliasForm[]): void;
}

/** One alias: its text, what it expands to when it is a pattern, its options and its Remove button. */
function AliasRow({ alias, aliases, index, onChange }: AliasRowProps) {
  return (
    <fieldset class="fl-row-editor">
      <legend class="fl-visually-hidden">{t('alias_n', String(index + 1))}</legend>
      <TextField
        path={`aliases.${index}.text`}
        label={t('field_alias')}
        value={alias.text}
        onValue={(text) => onChange(updateAt(aliases, index, { text }))}
      />
      <PatternPreview text={alias.text} caseSensitive={alias.caseSensitive} />
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
            {t(label)}
          </label>
        ))}
        <button
          type="button"
          class="fl-link-button"
          aria-label={t('alias_remove', String(index + 1))}
          onClick={() => onChange(removeAt(aliases, index))}
        >
          {t('remove')}
        </button>
      </div>
    </fieldset>
  );
}
