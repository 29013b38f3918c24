import type * as v from 'valibot';
import type { CallRule } from './calls/call-rule';
import { DOSSIER_CALLS } from './calls/dossier-calls';
import { IMPORT_CALLS } from './calls/import-calls';
import { KB_CALLS } from './calls/kb-calls';
import { PACK_CALLS } from './calls/pack-calls';
import { PAGE_CALLS } from './calls/page-calls';
import { SEEN_CALLS } from './calls/seen-calls';
import { SUBSCRIPTION_CALLS } from './calls/subscription-calls';

/**
 * Every request between content scripts, popup and background, defined once (each area's in `./calls/`): the router
 * checks origins, payloads and answers by it, and both ends take their TypeScript types from it (`call` imports only
 * the types, so the schemas stay in the background's bundle).
 */
export const CALLS = {
  ...KB_CALLS,
  ...IMPORT_CALLS,
  ...DOSSIER_CALLS,
  ...SEEN_CALLS,
  ...PACK_CALLS,
  ...SUBSCRIPTION_CALLS,
  ...PAGE_CALLS,
} satisfies Record<string, CallRule>;

/** A request name. */
export type CallName = keyof typeof CALLS;

/** What a caller sends with a request. */
export type CallPayload<M extends CallName> = v.InferInput<(typeof CALLS)[M]['payload']>;

/** What a handler is given once the router has checked the payload. */
export type CheckedPayload<M extends CallName> = v.InferOutput<(typeof CALLS)[M]['payload']>;

/** What a handler answers. */
export type CallAnswer<M extends CallName> = v.InferInput<(typeof CALLS)[M]['reply']>;

/** What a caller gets once `call` has checked the answer. */
export type CallResult<M extends CallName> = v.InferOutput<(typeof CALLS)[M]['reply']>;
