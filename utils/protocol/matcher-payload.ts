import * as v from 'valibot';
import { wholeNumber } from './shapes';

/**
 * A Uint8Array of any realm: a Firefox content script receives messages in a compartment of its own, where
 * `instanceof` may not see the class the sender built them with.
 */
function isByteArray(input: unknown): boolean {
  return Object.prototype.toString.call(input) === '[object Uint8Array]';
}

/**
 * The packed matcher a page receives (utils/matcher/matcher-wire.ts): its shape is checked here, and its bytes
 * against the layout when the page unpacks them, so a malformed one is refused before any scan uses it.
 */
export const matcherWireSchema = v.strictObject({
  layout: v.strictObject({
    nodes: wholeNumber,
    shallow: wholeNumber,
    roots: wholeNumber,
    keys: wholeNumber,
    lengths: wholeNumber,
    records: wholeNumber,
    entries: wholeNumber,
    units: wholeNumber,
    spellings: wholeNumber,
    firstShift: wholeNumber,
    firstWidth: wholeNumber,
    keyShift: wholeNumber,
    keyWidth: wholeNumber,
  }),
  bytes: v.custom<Uint8Array<ArrayBuffer>>(isByteArray, 'must be a byte array'),
  deflated: v.boolean(),
  caseKeys: v.string(),
  size: wholeNumber,
});
