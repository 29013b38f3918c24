import { useEffect, useId, useState } from 'preact/hooks';
import { type EntryRef, OWN_RECORDS } from '@/utils/dossier/dossier-source';
import { NO_FILTER, type TimelineFilter } from '@/utils/dossier/timeline-filter';
import { familyLabel, kindLabel } from '@/utils/i18n/labels';
import { KINDS } from '@/utils/model';
import { DOSSIER_WORDS as W } from './dossier-wording';
import { type Fields, fieldsOf, filterOf } from './filter-fields';

/** Props of {@link TimelineFilters}. */
export interface TimelineFiltersProps {
  filter: TimelineFilter;
  /** Every entry, to find the one the reader names. */
  entries: readonly EntryRef[];
  packs: readonly { id: string; title: string }[];
  onApply(filter: TimelineFilter): void;
}

/**
 * The timeline's filter form: entry (by name, suggested as typed), family, kind, facts or stances, pack or the
 * reader's own records, a date range and the order; applied on submit, so typing sends nothing, and refused with
 * the reason when a name or a date is wrong.
 */
export function TimelineFilters({ filter, entries, packs, onApply }: TimelineFiltersProps) {
  const id = useId();
  const [fields, setFields] = useState(() => fieldsOf(filter, entries));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setFields(fieldsOf(filter, entries)), [filter, entries]);
  const set = (patch: Partial<Fields>) => setFields((before) => ({ ...before, ...patch }));
  const typed = fields.entry.trim().toLocaleLowerCase();
  const suggested =
    typed === ''
      ? []
      : entries.filter((entry) => entry.name.toLocaleLowerCase().includes(typed)).slice(0, 50);
  const choice = (key: 'family' | 'kind' | 'type' | 'pack', label: string, options: [string, string][]) => (
    <label>
      {label}
      <select
        value={fields[key] ?? ''}
        onChange={(event) => set({ [key]: event.currentTarget.value || null } as Partial<Fields>)}
      >
        <option value="">{W.any}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const submit = (event: Event) => {
    event.preventDefault();
    const next = filterOf(fields, entries);
    setError(typeof next === 'string' ? next : null);
    if (typeof next !== 'string') onApply(next);
  };
  return (
    <form class="fl-filters fl-dossier-filters" aria-label={W.filters} onSubmit={submit}>
      <div class="fl-filter-entry">
        <label>
          {W.entryFilter}
          <input
            type="search"
            list={`${id}-entries`}
            value={fields.entry}
            aria-describedby={`${id}-entry-hint`}
            onInput={(event) => set({ entry: event.currentTarget.value })}
          />
        </label>
        <span class="fl-hint" id={`${id}-entry-hint`}>
          {W.entryFilterHint}
        </span>
      </div>
      <datalist id={`${id}-entries`}>
        {suggested.map((entry) => (
          <option key={entry.id} value={entry.name} />
        ))}
      </datalist>
      {choice(
        'family',
        W.family,
        (['actor', 'proposal'] as const).map((family) => [family, familyLabel(family)]),
      )}
      {choice(
        'kind',
        W.kind,
        KINDS.map((kind) => [kind, kindLabel(kind)]),
      )}
      {choice('type', W.type, [
        ['fact', W.facts],
        ['stance', W.stances],
      ])}
      {choice('pack', W.pack, [
        ...packs.map(({ id, title }): [string, string] => [id, title]),
        [OWN_RECORDS, W.ownRecords],
      ])}
      {(['from', 'to'] as const).map((key) => (
        <label key={key}>
          {W[key]}
          <input
            value={fields[key]}
            placeholder={W.dateHint}
            aria-describedby={`${id}-date-hint`}
            onInput={(event) => set({ [key]: event.currentTarget.value } as Partial<Fields>)}
          />
        </label>
      ))}
      <span class="fl-hint fl-visually-hidden" id={`${id}-date-hint`}>
        {W.dateHint}
      </span>
      <label>
        {W.order}
        <select
          value={fields.order}
          onChange={(event) => set({ order: event.currentTarget.value === 'oldest' ? 'oldest' : 'latest' })}
        >
          <option value="latest">{W.latestFirst}</option>
          <option value="oldest">{W.oldestFirst}</option>
        </select>
      </label>
      <div class="fl-actions">
        <button type="submit" class="fl-button fl-primary">
          {W.apply}
        </button>
        <button type="button" class="fl-button" onClick={() => onApply(NO_FILTER)}>
          {W.clear}
        </button>
      </div>
      {error !== null && (
        <p class="fl-issue fl-issue-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
