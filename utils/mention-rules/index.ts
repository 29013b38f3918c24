export type { EntryFacts } from './entry-topic';
export { entryFactsOf, NO_FACTS, topicOf } from './entry-topic';
export type { GateSetup } from './mention-gate';
export { MentionGate } from './mention-gate';
export type { TopicVerdict } from './page-topic';
export { NO_VERDICT } from './page-topic';
