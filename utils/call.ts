import { browser } from 'wxt/browser';
import type { CallName, Calls, ErrorCode, Reply, Request } from './messages';

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
 * talk to the knowledge base.
 */
export async function call<M extends CallName>(type: M, payload: Calls[M]['req']): Promise<Calls[M]['res']> {
  const request: Request<M> = { type, payload };
  const reply = (await browser.runtime.sendMessage(request)) as Reply<M> | undefined;
  if (!reply) throw new CallError(`No answer to ${type}`);
  if (!reply.ok) throw new CallError(reply.error, reply.code);
  return reply.value;
}
