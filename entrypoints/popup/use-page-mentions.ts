import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PageMention } from '@/components/popup/types';
import { call } from '@/utils/call';
import type { MentionSummary } from '@/utils/messages';
import type { Entry } from '@/utils/model';

/** How often the tab's report is asked for again: the page rescans after edits and reports when it settles. */
export const MENTIONS_POLL_MS = 2000;

/** The reported mentions joined with their entries in reading order; entries deleted since are left out. */
export function joinMentions(summaries: readonly MentionSummary[], entries: readonly Entry[]): PageMention[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return [...summaries]
    .sort((a, b) => a.first - b.first)
    .flatMap((summary) => {
      const entry = byId.get(summary.id);
      return entry ? [{ entry, count: summary.count }] : [];
    });
}

/** What the tab reported it mentions, kept fresh while the popup is open. */
export function usePageMentions(tabId: number | null, entries: Entry[] | null): PageMention[] {
  const [summaries, setSummaries] = useState<MentionSummary[]>([]);
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    const load = () =>
      call('page.mentions', { tabId }).then(
        (next) => live && setSummaries((before) => (sameSummaries(before, next) ? before : next)),
        () => live && setSummaries([]),
      );
    load();
    const timer = setInterval(load, MENTIONS_POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [tabId]);
  return useMemo(() => joinMentions(summaries, entries ?? []), [summaries, entries]);
}

function sameSummaries(a: readonly MentionSummary[], b: readonly MentionSummary[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
