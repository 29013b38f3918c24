import * as v from 'valibot';

/**
 * Failures a caller can act on: a revision conflict (offer reload or overwrite), a record that is gone, or a
 * browser out of storage space (nothing was written; free space and retry).
 */
export const errorCodeSchema = v.picklist(['conflict', 'not-found', 'quota-exceeded']);

/** A failure code a caller can act on. */
export type ErrorCode = v.InferOutput<typeof errorCodeSchema>;

/**
 * An answer as it travels: errors are values, so a refused request never throws across contexts. The value is
 * checked against its request's reply schema once the envelope is known to be sound.
 */
export const replySchema = v.variant('ok', [
  v.object({ ok: v.literal(true), value: v.unknown() }),
  v.object({ ok: v.literal(false), error: v.string(), code: v.optional(errorCodeSchema) }),
]);

/** An answer as the router sends it and `call` reads it. */
export type Reply = v.InferOutput<typeof replySchema>;

/** The first problem valibot found, as `path: message`, for refusals and malformed answers. */
export function issueText(issues: readonly v.BaseIssue<unknown>[], whole: string): string {
  const issue = issues[0];
  const path = issue?.path?.map((step) => String(step.key)).join('.') || whole;
  return `${path}: ${issue?.message ?? 'invalid'}`;
}
