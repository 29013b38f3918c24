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
 * A page's report with its entry numbers read as ids, against one matcher, or null when they are numbers of an epoch
 * this background does not read (the page then asks for the matcher again, ./page-matcher.ts); a number never given
 * is refused. An empty report needs no matcher, whatever its epoch.
 */
export async function namedReport(
  matchers: Pick<PageMatchers, 'namer'>,
  { epoch, mentions, topic }: Omit<CallPayload<'page.report'>, 'url'>,
): Promise<NamedReport | null> {
  if (mentions.length + topic.evidence.length + topic.hidden.length === 0)
    return { ids: [], mentions: [], topic: { ...topic, evidence: [], hidden: [] } };
  const { epoch: reads, name } = await matchers.namer();
  if (reads !== epoch) return null;
  const ids = name(
    epoch,
    mentions.map((mention) => mention.entry),
  );
  return {
    ids,
    mentions: mentions.map(({ count, first }, i) => ({ id: ids[i]!, count, first })),
    topic: { ...topic, evidence: name(epoch, topic.evidence), hidden: name(epoch, topic.hidden) },
  };
}
