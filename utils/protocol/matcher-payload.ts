import * as v from 'valibot';
import { wholeNumber } from './shapes';

/**
 * The packed matcher a page receives (utils/matcher/matcher-wire.ts): its shape is checked here, and its bytes
 * against the layout when the page unpacks them, so a malformed one is refused before any scan uses it.
 */
export const matcherWireSchema = v.strictObject({
  layout: v.strictObject({
    nodes: wholeNumber,
    shallow: wholeNumber,
    roots: wholeNumber,
    emits: wholeNumber,
    keys: wholeNumber,
    byKey: wholeNumber,
    records: wholeNumber,
    entries: wholeNumber,
    units: wholeNumber,
  }),
  bytes: v.string(),
  deflated: v.boolean(),
  entryIds: v.pipe(v.string(), v.regex(/^[a-z0-9 -]*$/, 'must be entry ids joined by spaces')),
  caseKeys: v.array(v.tuple([wholeNumber, v.union([v.string(), v.array(v.string())])])),
  size: wholeNumber,
});
