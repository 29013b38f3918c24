import { useEffect, useState } from 'preact/hooks';
import { DossierPager } from '@/components/dossier/dossier-pager';
import { DOSSIER_WORDS as W } from '@/components/dossier/dossier-wording';
import { TimelineFilters } from '@/components/dossier/timeline-filters';
import { TimelineList } from '@/components/dossier/timeline-list';
import type { EntryRef } from '@/utils/dossier/dossier-source';
import { NO_FILTER, type TimelineFilter } from '@/utils/dossier/timeline-filter';
import { call } from '@/utils/protocol/call';
import type { DossierPacks } from './use-dossier-base';
import { useLoaded } from './use-loaded';

/** Items per timeline page: small enough to render (and print) whole, large enough to read on. */
const PAGE = 100;

/** Props of {@link TimelinePanel}: the packs, every entry by name (none while loading) and the entry the hash names. */
interface TimelinePanelProps {
  packs: DossierPacks;
  entries: readonly EntryRef[];
  entryId: string | null;
  /** Called once a page has come (or failed), so what can wait is asked for after it. */
  onAnswered(): void;
}

/** The timeline view: the filter form, one page of items asked of the background, and the pager. */
export function TimelinePanel({ packs, entries, entryId, onAnswered }: TimelinePanelProps) {
  const [filter, setFilter] = useState<TimelineFilter>({ ...NO_FILTER, entryId });
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    setFilter({ ...NO_FILTER, entryId });
    setOffset(0);
  }, [entryId]);
  const page = useLoaded(JSON.stringify([filter, offset]), () =>
    call('dossier.timeline', { filter, offset, limit: PAGE }),
  );
  useEffect(() => {
    if (page !== null) onAnswered();
  }, [page, onAnswered]);
  const apply = (next: TimelineFilter) => {
    setFilter(next);
    setOffset(0);
  };
  return (
    <section class="fl-view" aria-labelledby="timeline-heading">
      <h2 class="fl-heading" id="timeline-heading">
        {W.timeline}
      </h2>
      <TimelineFilters filter={filter} entries={entries} packs={packs.packs} onApply={apply} />
      {page === null && <p class="fl-muted">{W.loading}</p>}
      {page?.ok === false && <p role="alert">{W.failed(page.error)}</p>}
      {page?.ok && (
        <>
          <DossierPager
            noun={W.items}
            total={page.value.total}
            offset={offset}
            limit={PAGE}
            onPage={setOffset}
          />
          <TimelineList items={page.value.items} packTitles={packs.packTitles} start={offset} />
          <DossierPager
            noun={W.items}
            total={page.value.total}
            offset={offset}
            limit={PAGE}
            onPage={setOffset}
          />
        </>
      )}
    </section>
  );
}
