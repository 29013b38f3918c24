import { useMemo, useRef, useState } from 'preact/hooks';
import { t, tn } from '@/utils/i18n/t';
import type { Entry } from '@/utils/model';
import { EntryFilters } from './entry-filters';
import { EntryRow } from './entry-row';
import { buildSearchIndex, type EntryFilter, searchEntries } from './entry-search';
import { VirtualList } from './virtual-list';

/** Height of one entries row in px; `.fl-vlist-row` in popup-styles.css uses the same value. */
export const ENTRY_ROW_HEIGHT = 48;
/** Height of the entries list's scroll area in px, sized to fit the popup under tabs and filters. */
export const ENTRY_LIST_HEIGHT = 384;

/** Props of {@link EntriesView}. */
export interface EntriesViewProps {
  entries: Entry[];
  onOpen(id: string): void;
  onCreate(): void;
  /** The entry to show selected, e.g. the one just saved or the one open beside the list. */
  selectedId?: string | null;
}

/**
 * The knowledge base as a searchable, filterable list that stays instant with 10,000 entries: the folded
 * search index is built once per entries array and only the visible rows are rendered.
 */
export function EntriesView({ entries, onOpen, onCreate, selectedId = null }: EntriesViewProps) {
  const [filter, setFilter] = useState<EntryFilter>({ query: '', family: 'all', kind: '' });
  const index = useMemo(() => buildSearchIndex(entries), [entries]);
  const results = useMemo(() => searchEntries(index, filter), [index, filter]);
  const list = useRef<HTMLDivElement | null>(null);

  return (
    <section class="fl-view fl-entries" aria-label={t('popup_tab_entries')}>
      <div class="fl-toolbar">
        <p class="fl-muted" aria-live="polite">
          {results.length === entries.length
            ? tn('entries_count', entries.length)
            : tn('entries_of', entries.length, results.length)}
        </p>
        <button type="button" class="fl-button fl-primary" onClick={onCreate}>
          {t('new_entry')}
        </button>
      </div>
      <EntryFilters filter={filter} onChange={setFilter} onLeaveSearch={() => list.current?.focus()} />
      {results.length === 0 ? (
        <p class="fl-empty">{entries.length === 0 ? t('entries_none_yet') : t('entries_none_match')}</p>
      ) : (
        <VirtualList
          items={results}
          rowHeight={ENTRY_ROW_HEIGHT}
          height={ENTRY_LIST_HEIGHT}
          label={t('entries_matching')}
          itemKey={(entry) => entry.id}
          renderRow={(entry) => <EntryRow entry={entry} />}
          onChoose={(entry) => onOpen(entry.id)}
          listRef={list}
          activeKey={selectedId}
        />
      )}
    </section>
  );
}
