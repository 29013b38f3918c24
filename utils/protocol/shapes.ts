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

/** How often a page mentions an entry, and where first. */
const mentionCount = {
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Order of the first mention in the page's reading order. */
  first: wholeNumber,
};

/** What a tab mentions of one entry: what the badge counts and the popup lists. */
export const mentionSummarySchema = v.strictObject({ id: idField, ...mentionCount });

/** One mention summary per entry on a page, as the background keeps it and the popup lists it. */
export type MentionSummary = v.InferOutput<typeof mentionSummarySchema>;

/** The same as a page reports it: the entry by its number in the page's matcher, which the background reads. */
export const entryCountSchema = v.strictObject({ entry: wholeNumber, ...mentionCount });

/** One entry's count on a page, by number. */
export type EntryCount = v.InferOutput<typeof entryCountSchema>;

/** The epoch of a page's entry numbers (entrypoints/background/entry-numbering.ts), which it sends back with them. */
export const epochField = v.pipe(v.string(), v.maxLength(64));

/** Why a page counts as on topic or not (utils/mention-rules/page-topic.ts), its entries named by `entry`. */
function verdictSchema<TEntry extends v.GenericSchema>(entry: TEntry) {
  return v.strictObject({
    gate: v.boolean(),
    onTopic: v.boolean(),
    evidence: listOf(entry),
    hidden: listOf(entry),
  });
}

/** The topic verdict for the popup's "On this page", entries by id. */
export const topicVerdictSchema = verdictSchema(idField);

/** The same as a page reports it, entries by number. */
export const numberedVerdictSchema = verdictSchema(wholeNumber);

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
