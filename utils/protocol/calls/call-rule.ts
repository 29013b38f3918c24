import type * as v from 'valibot';

/** Which contexts may send a request: page content scripts, the extension's own pages, or both. */
type Origin = 'page' | 'extension' | 'any';

/**
 * One request: who may send it, the payload the background accepts, and the answer the caller accepts; every
 * area's call map satisfies it, so the router can check any request by its rule.
 */
export interface CallRule {
  from: Origin;
  payload: v.GenericSchema;
  reply: v.GenericSchema;
}
