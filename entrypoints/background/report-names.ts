import type { TopicVerdict } from '@/utils/mention-rules';
import type { CallPayload } from '@/utils/protocol/calls';
import type { MentionSummary } from '@/utils/protocol/shapes';
import type { PageMatchers } from './page-matcher';

/** A page's report as the background keeps it: its entries by id. */
export interface NamedReport {
  /** The reported entries' ids, mention summary by summary: the page's answer. */
  ids: string[];
  mentions: MentionSummary[];
  topic: TopicVerdict;
}

/**
 * A page's report with its entry numbers read as ids, or null when they are numbers of an epoch this background does
 * not read (the page then asks for the matcher again, ./page-matcher.ts); a number never given is refused.
 */
export async function namedReport(
  matchers: Pick<PageMatchers, 'current' | 'entryIds'>,
  { epoch, mentions, topic }: Omit<CallPayload<'page.report'>, 'url'>,
): Promise<NamedReport | null> {
  const numbered = mentions.length + topic.evidence.length + topic.hidden.length > 0;
  if (numbered && (await matchers.current()).numbering.epoch !== epoch) return null;
  const named = (entries: readonly number[]) => matchers.entryIds(epoch, entries);
  const [ids, evidence, hidden] = await Promise.all([
    named(mentions.map((mention) => mention.entry)),
    named(topic.evidence),
    named(topic.hidden),
  ]);
  return {
    ids,
    mentions: mentions.map(({ count, first }, i) => ({ id: ids[i]!, count, first })),
    topic: { ...topic, evidence, hidden },
  };
}
