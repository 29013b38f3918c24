import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { CallName, CallPayload, CallResult } from './calls';
import { type ErrorCode, issueText, replySchema } from './reply';

/** Raised in the caller when the background refuses or fails a request, with the background's reason. */
export class CallError extends Error {
  override name = 'CallError';

  constructor(
    message: string,
    readonly code?: ErrorCode,
  ) {
    super(message);
  }
}

/**
 * Sends one typed request to the background and unwraps its reply: the only way content scripts and the popup
 * talk to the knowledge base. The router checked the answer against its schema before sending it.
 */
export async function call<M extends CallName>(type: M, payload: CallPayload<M>): Promise<CallResult<M>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, payload });
  if (!reply) throw new CallError(`No answer to ${type}`);
  const envelope = v.safeParse(replySchema, reply);
  if (!envelope.success)
    throw new CallError(`Malformed answer to ${type}: ${issueText(envelope.issues, 'reply')}`);
  if (!envelope.output.ok) throw new CallError(envelope.output.error, envelope.output.code);
  return envelope.output.value as CallResult<M>;
}
