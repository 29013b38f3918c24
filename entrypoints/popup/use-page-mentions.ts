import { useEffect, useMemo, useState } from 'preact/hooks';
import type { EntryOnPage, TopicOnPage } from '@/components/popup/types';
import type { TopicVerdict } from '@/utils/mention-rules';
import type { Entry } from '@/utils/model';
import { call } from '@/utils/protocol/call';
import { onEvent } from '@/utils/protocol/listen';
import { sendToTab } from '@/utils/protocol/send';
import type { MentionSummary } from '@/utils/protocol/shapes';
import { sameSummaries } from '@/utils/same-summaries';
import { latestAnswer } from './latest-answer';

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

/** The topic gate's verdict with entry names in place of ids; entries deleted since are left out. */
export function joinTopic(topic: TopicVerdict | null, entries: readonly Entry[]): TopicOnPage | null {
  if (!topic) return null;
  const byId = new Map(entries.map((entry) => [entry.id, entry.name]));
  const names = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  return {
    gate: topic.gate,
    onTopic: topic.onTopic,
    evidence: names(topic.evidence),
    hidden: names(topic.hidden),
  };
}

/** What "On this page" shows: the tab's entries in reading order, and why the page counts as on topic or not. */
export interface PageMentions {
  mentions: EntryOnPage[];
  topic: TopicOnPage | null;
}

interface Reported {
  mentions: MentionSummary[];
  topic: TopicVerdict | null;
}

const NOTHING: Reported = { mentions: [], topic: null };

const sameReported = (a: Reported, b: Reported): boolean =>
  sameSummaries(a.mentions, b.mentions) && JSON.stringify(a.topic) === JSON.stringify(b.topic);

/**
 * What the tab reported: loaded once, then again whenever the background announces that this tab's report
 * changed. Each time the tab is also asked to read what it left unread far below the viewport, so a page opened in
 * it meanwhile does too, and its next report lists the whole page. A knowledge-base edit needs no reload here: the
 * page rescans and reports, and the entries the report is joined with reload on their own.
 */
export function usePageMentions(tabId: number | null, entries: Entry[] | null): PageMentions {
  const [reported, setReported] = useState<Reported>(NOTHING);
  useEffect(() => {
    if (tabId === null) return;
    const listening = new AbortController();
    const load = latestAnswer(
      () => call('page.mentions', { tabId }),
      (next) => setReported((before) => (sameReported(before, next) ? before : next)),
      () => setReported(NOTHING),
      listening.signal,
    );
    const readAll = (): void => void sendToTab(tabId, { type: 'page.readAll' });
    onEvent(
      'page.reported',
      (event) => {
        if (event.tabId !== tabId) return;
        load();
        readAll();
      },
      listening.signal,
    );
    load();
    readAll();
    return () => listening.abort();
  }, [tabId]);
  return useMemo(
    () => ({
      mentions: joinMentions(reported.mentions, entries ?? []),
      topic: joinTopic(reported.topic, entries ?? []),
    }),
    [reported, entries],
  );
}
