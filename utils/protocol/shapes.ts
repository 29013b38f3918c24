import * as v from 'valibot';

/** A record id as a message carries it: bounded here, looked up in the store by the handler. */
export const idField = v.pipe(v.string(), v.maxLength(80));

/** The payload of a request that needs nothing. */
export const emptyPayload = v.strictObject({});

/** A whole number from zero up: revisions, versions, tab ids, reading positions. */
export const wholeNumber = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A bounded list, so one message cannot make the background loop for ever. */
export function listOf<TItem extends v.GenericSchema>(item: TItem, max = 10_000) {
  return v.pipe(v.array(item), v.maxLength(max));
}

/** What a tab mentions of one entry: what the badge counts and the popup lists. */
export const mentionSummarySchema = v.strictObject({
  id: idField,
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Order of the first mention in the page's reading order. */
  first: wholeNumber,
});

/** One mention summary per entry on a page, as `page.report` carries it. */
export type MentionSummary = v.InferOutput<typeof mentionSummarySchema>;

/** Why a page counts as on topic or not (utils/mention-rules/page-topic.ts), for the popup's "On this page". */
export const topicVerdictSchema = v.strictObject({
  gate: v.boolean(),
  onTopic: v.boolean(),
  evidence: listOf(idField),
  hidden: listOf(idField),
});

/**
 * A reply the background builds from records its store validated on the way in, typed as `T` and checked only
 * for being an object: checking every field again on the way out would cost time and catch nothing.
 */
export function storeRecord<T>() {
  return v.custom<T>((value) => typeof value === 'object' && value !== null, 'must be an object');
}

/** A list of store records, checked only for being a list, for the reason `storeRecord` gives. */
export function storeRecords<T>() {
  return v.custom<T[]>(Array.isArray, 'must be a list');
}
