import { useEffect, useMemo, useState } from 'preact/hooks';
import type { EntryOnPage } from '@/components/popup/types';
import type { Entry } from '@/utils/model';
import { call } from '@/utils/protocol/call';
import { onEvent } from '@/utils/protocol/listen';
import type { MentionSummary } from '@/utils/protocol/shapes';
import { sameSummaries } from '@/utils/same-summaries';

/** The reported mentions joined with their entries in reading order; entries deleted since are left out. */
export function joinMentions(summaries: readonly MentionSummary[], entries: readonly Entry[]): EntryOnPage[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return [...summaries]
    .sort((a, b) => a.first - b.first)
    .flatMap((summary) => {
      const entry = byId.get(summary.id);
      return entry ? [{ entry, count: summary.count }] : [];
    });
}

/**
 * What the tab reported it mentions: loaded once, then again whenever the background announces that this tab's
 * report changed. A knowledge-base edit needs no reload here: the page rescans and reports, and the entries the
 * report is joined with reload on their own.
 */
export function usePageMentions(tabId: number | null, entries: Entry[] | null): EntryOnPage[] {
  const [summaries, setSummaries] = useState<MentionSummary[]>([]);
  useEffect(() => {
    if (tabId === null) return;
    const listening = new AbortController();
    let latest = 0;
    const load = () => {
      const ticket = ++latest;
      const fresh = () => !listening.signal.aborted && ticket === latest;
      call('page.mentions', { tabId }).then(
        (next) => fresh() && setSummaries((before) => (sameSummaries(before, next) ? before : next)),
        () => fresh() && setSummaries([]),
      );
    };
    onEvent(
      'page.reported',
      (event) => {
        if (event.tabId === tabId) load();
      },
      listening.signal,
    );
    load();
    return () => listening.abort();
  }, [tabId]);
  return useMemo(() => joinMentions(summaries, entries ?? []), [summaries, entries]);
}
