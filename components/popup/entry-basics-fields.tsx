import { useContext } from 'preact/hooks';
import { kindLabel } from '@/utils/i18n/labels';
import { t } from '@/utils/i18n/t';
import { ACTOR_KINDS, type Entry, type Kind, PROPOSAL_KINDS, type Topic } from '@/utils/model';
import type { EntryForm } from './entry-form';
import { EntryOptions } from './entry-options';
import { Field, FieldRegistryContext, TextField } from './form-field';

/** Props of {@link EntryBasicsFields}. */
export interface EntryBasicsFieldsProps {
  form: EntryForm;
  onPatch(patch: Partial<EntryForm>): void;
  /** Entries the edited one may belong to, sorted, itself excluded. */
  affiliations: readonly Entry[];
}

/** The entry's own fields: name, kind, topic, role, affiliation, summary, caveat and tags. */
export function EntryBasicsFields({ form, onPatch, affiliations }: EntryBasicsFieldsProps) {
  const fields = useContext(FieldRegistryContext);
  return (
    <>
      <TextField
        path="name"
        label={t('field_name')}
        value={form.name}
        onValue={(name) => onPatch({ name })}
      />
      <Field path="kind" label={t('field_kind')}>
        {(control) => (
          <select
            {...control}
            value={form.kind}
            onChange={(event) => {
              fields.touch('kind');
              onPatch({ kind: event.currentTarget.value as Kind | '' });
            }}
          >
            <option value="">{t('field_kind_choose')}</option>
            <optgroup label={t('filter_actors')}>
              {ACTOR_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabel(kind)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('filter_proposals')}>
              {PROPOSAL_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabel(kind)}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>
      <Field path="topic" label={t('field_topic')}>
        {(control) => (
          <select
            {...control}
            value={form.topic}
            onChange={(event) => onPatch({ topic: event.currentTarget.value as Topic | '' })}
          >
            <option value="">{t('topic_by_kind')}</option>
            <option value="generic">{t('topic_generic')}</option>
            <option value="specific">{t('topic_specific')}</option>
          </select>
        )}
      </Field>
      <TextField
        path="role"
        label={t('field_role')}
        hint={t('field_role_hint')}
        value={form.role}
        onValue={(role) => onPatch({ role })}
      />
      <Field path="affiliation" label={t('field_affiliation')}>
        {(control) => (
          <select
            {...control}
            value={form.affiliation}
            onChange={(event) => onPatch({ affiliation: event.currentTarget.value })}
          >
            <option value="">{t('field_none')}</option>
            <EntryOptions entries={affiliations} />
          </select>
        )}
      </Field>
      <TextField
        path="summary"
        label={t('field_summary')}
        multiline
        value={form.summary}
        onValue={(summary) => onPatch({ summary })}
      />
      <TextField
        path="caveat"
        label={t('field_caveat')}
        hint={t('field_caveat_hint')}
        multiline
        value={form.caveat}
        onValue={(caveat) => onPatch({ caveat })}
      />
      <TextField
        path="tags"
        label={t('field_tags')}
        hint={t('field_tags_hint')}
        value={form.tags}
        onValue={(tags) => onPatch({ tags })}
      />
    </>
  );
}
