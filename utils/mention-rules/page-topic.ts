/**
 * When a page counts as being about the knowledge base's topic, measured on the real-text set and the 130-page
 * corpus (docs/realtext-evaluation.md): one specific entry is enough; failing that, this many distinct entries.
 * Only blocks of at least `mainTextWords` words count, so that a related-story link or a caption does not turn a
 * page on topic.
 */
export const TOPIC_RULE = { specific: 1, distinct: 10, mainTextWords: 12 } as const;

/**
 * Why a page counts as on topic or not, as the popup shows it, entries by id; a page's gate names them by their
 * number in the matcher (`TopicVerdict<number>`), and the background by id again.
 */
export interface TopicVerdict<Entry = string> {
  /** Whether the reader left the gate on; when off, generic entries are highlighted on any page. */
  gate: boolean;
  onTopic: boolean;
  /** What made the page on topic: the specific entries found, or the distinct entries when none is specific. */
  evidence: Entry[];
  /** Generic entries found on the page whose highlights the gate hides, as it is not on topic. */
  hidden: Entry[];
}

/** What a page reports while nothing is found, or once its session stopped: nothing hidden, no evidence. */
export const NO_VERDICT: TopicVerdict<never> = { gate: true, onTopic: false, evidence: [], hidden: [] };

/** Whether the evidence found in a page's main text makes it about the topic. */
export function isOnTopic(specific: number, distinct: number): boolean {
  return specific >= TOPIC_RULE.specific || distinct >= TOPIC_RULE.distinct;
}

/** Whether a block is long enough to be the page's main text rather than a link, a label or a caption. */
export function isMainText(text: string): boolean {
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) if (++words >= TOPIC_RULE.mainTextWords) return true;
  return false;
}
