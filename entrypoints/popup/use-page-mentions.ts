import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { EntryOnPage } from '@/components/popup/types';
import { call } from '@/utils/call';
import type { MentionSummary, ReportedEvent } from '@/utils/messages';
import type { Entry } from '@/utils/model';
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

function isReportedFor(message: unknown, tabId: number): boolean {
  const event = message as Partial<ReportedEvent> | null;
  return event?.type === 'page.reported' && event.tabId === tabId;
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
    let live = true;
    let latest = 0;
    const load = () => {
      const ticket = ++latest;
      const fresh = () => live && ticket === latest;
      call('page.mentions', { tabId }).then(
        (next) => fresh() && setSummaries((before) => (sameSummaries(before, next) ? before : next)),
        () => fresh() && setSummaries([]),
      );
    };
    const listener = (message: unknown): undefined => {
      if (isReportedFor(message, tabId)) load();
    };
    browser.runtime.onMessage.addListener(listener);
    load();
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(listener);
    };
  }, [tabId]);
  return useMemo(() => joinMentions(summaries, entries ?? []), [summaries, entries]);
}
