import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import { kindLabel } from '@/utils/i18n/labels';
import { t } from '@/utils/i18n/t';
import { ACTOR_KINDS, KINDS, type Kind, PROPOSAL_KINDS } from '@/utils/model';
import type { EntryFilter, FamilyFilter } from './entry-search';

/** Props of {@link EntryFilters}. */
export interface EntryFiltersProps {
  filter: EntryFilter;
  onChange(next: EntryFilter): void;
  /** ArrowDown in the search box: the list takes focus so the reader can keep to the keyboard. */
  onLeaveSearch(): void;
  searchRef?: Ref<HTMLInputElement>;
}

const KINDS_OF: Readonly<Record<FamilyFilter, readonly Kind[]>> = {
  all: KINDS,
  actor: ACTOR_KINDS,
  proposal: PROPOSAL_KINDS,
};

/** The search box and the family and kind selects above the entries list. */
export function EntryFilters({ filter, onChange, onLeaveSearch, searchRef }: EntryFiltersProps) {
  const base = useId();
  return (
    <div class="fl-filters">
      <label class="fl-search" for={`${base}-q`}>
        <span class="fl-visually-hidden">{t('search_entries')}</span>
        <input
          ref={searchRef}
          id={`${base}-q`}
          type="search"
          placeholder={t('search_placeholder')}
          value={filter.query}
          autocomplete="off"
          onInput={(event) => onChange({ ...filter, query: event.currentTarget.value })}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowDown') return;
            event.preventDefault();
            onLeaveSearch();
          }}
        />
      </label>
      <label for={`${base}-family`}>
        {t('filter_family')}
        <select
          id={`${base}-family`}
          value={filter.family}
          onChange={(event) => {
            const family = event.currentTarget.value as FamilyFilter;
            const kind = filter.kind !== '' && KINDS_OF[family].includes(filter.kind) ? filter.kind : '';
            onChange({ ...filter, family, kind });
          }}
        >
          <option value="all">{t('filter_all')}</option>
          <option value="actor">{t('filter_actors')}</option>
          <option value="proposal">{t('filter_proposals')}</option>
        </select>
      </label>
      <label for={`${base}-kind`}>
        {t('filter_kind')}
        <select
          id={`${base}-kind`}
          value={filter.kind}
          onChange={(event) => onChange({ ...filter, kind: event.currentTarget.value as Kind | '' })}
        >
          <option value="">{t('filter_all_kinds')}</option>
          {KINDS_OF[filter.family].map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
