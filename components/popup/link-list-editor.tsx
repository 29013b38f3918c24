import { t } from '@/utils/i18n/t';
import { blankLink, type LinkForm, removeAt, updateAt } from './entry-form';
import { TextField } from './form-field';

/** Props of {@link LinkListEditor}. */
export interface LinkListEditorProps {
  links: LinkForm[];
  onChange(next: LinkForm[]): void;
}

/** The editable list of further-reading links shown on an entry's card. */
export function LinkListEditor({ links, onChange }: LinkListEditorProps) {
  return (
    <fieldset class="fl-rows">
      <legend>{t('links_legend')}</legend>
      {links.map((link, index) => (
        <fieldset key={link.key} class="fl-row-editor">
          <legend class="fl-row-legend">{t('link_n', String(index + 1))}</legend>
          <TextField
            path={`links.${index}.title`}
            label={t('field_title')}
            value={link.title}
            onValue={(title) => onChange(updateAt(links, index, { title }))}
          />
          <TextField
            path={`links.${index}.url`}
            label={t('field_url')}
            type="url"
            placeholder="https://"
            value={link.url}
            onValue={(url) => onChange(updateAt(links, index, { url }))}
          />
          <button
            type="button"
            class="fl-link-button"
            aria-label={t('link_remove', String(index + 1))}
            onClick={() => onChange(removeAt(links, index))}
          >
            {t('remove')}
          </button>
        </fieldset>
      ))}
      <button type="button" class="fl-button" onClick={() => onChange([...links, blankLink()])}>
        {t('link_add')}
      </button>
    </fieldset>
  );
}
