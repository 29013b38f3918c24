import { useContext } from 'preact/hooks';
import { ACTOR_KINDS, type Entry, type Kind, PROPOSAL_KINDS, type Topic } from '@/utils/model';
import type { EntryForm } from './entry-form';
import { EntryOptions } from './entry-options';
import { Field, FieldRegistryContext, TextField } from './form-field';
import { KIND_LABELS } from './labels';

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
      <TextField path="name" label="Name" value={form.name} onValue={(name) => onPatch({ name })} />
      <Field path="kind" label="Kind">
        {(control) => (
          <select
            {...control}
            value={form.kind}
            onChange={(event) => {
              fields.touch('kind');
              onPatch({ kind: event.currentTarget.value as Kind | '' });
            }}
          >
            <option value="">Choose a kind…</option>
            <optgroup label="Actors">
              {ACTOR_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </optgroup>
            <optgroup label="Proposals">
              {PROPOSAL_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>
      <Field path="topic" label="Topic">
        {(control) => (
          <select
            {...control}
            value={form.topic}
            onChange={(event) => onPatch({ topic: event.currentTarget.value as Topic | '' })}
          >
            <option value="">By kind: general for countries, organisations and outlets</option>
            <option value="generic">General: highlighted only on pages about the topic</option>
            <option value="specific">Specific: makes a page about the topic</option>
          </select>
        )}
      </Field>
      <TextField
        path="role"
        label="Role"
        hint="E.g. President of France"
        value={form.role}
        onValue={(role) => onPatch({ role })}
      />
      <Field path="affiliation" label="Affiliation">
        {(control) => (
          <select
            {...control}
            value={form.affiliation}
            onChange={(event) => onPatch({ affiliation: event.currentTarget.value })}
          >
            <option value="">None</option>
            <EntryOptions entries={affiliations} />
          </select>
        )}
      </Field>
      <TextField
        path="summary"
        label="Summary"
        multiline
        value={form.summary}
        onValue={(summary) => onPatch({ summary })}
      />
      <TextField
        path="caveat"
        label="Caveat"
        hint="What the sources leave unsure; leave empty when nothing"
        multiline
        value={form.caveat}
        onValue={(caveat) => onPatch({ caveat })}
      />
      <TextField
        path="tags"
        label="Tags"
        hint="Separate with commas"
        value={form.tags}
        onValue={(tags) => onPatch({ tags })}
      />
    </>
  );
}
