import * as v from 'valibot';
import { CALLS, type CallAnswer, type CallName, type CheckedPayload } from './calls';
import { errorCodeSchema, issueText, type Reply } from './reply';

/** What the router needs to know of a message's sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; incognito?: boolean; title?: string };
}

/** One async handler per request, given the payload its schema checked and the sender. */
export type Handlers = {
  [M in CallName]: (payload: CheckedPayload<M>, sender: SenderInfo) => Promise<CallAnswer<M>>;
};

/** Where the router runs: this extension's id and origin, and where refusals are logged. */
export interface RouterOptions {
  extensionId: string;
  extensionOrigin: string;
  log: (message: string) => void;
}

/**
 * Builds the background's single entry point for requests: checks sender and shape before any handler runs and
 * the handler's answer before it leaves, turns every failure into an error reply, and logs each kind of refusal
 * once so a noisy sender can't flood the log.
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  const logged = new Set<string>();
  const refuse = (reason: string, what = 'refused a message'): Reply => {
    if (!logged.has(reason)) {
      logged.add(reason);
      options.log(`Fact Linker ${what}: ${reason}`);
    }
    return { ok: false, error: reason };
  };

  return async (message: unknown, sender: SenderInfo): Promise<Reply> => {
    if (sender.id !== options.extensionId) return refuse('sender is not this extension');
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(CALLS, type)) {
      return refuse(`unknown request type ${JSON.stringify(String(type)).slice(0, 60)}`);
    }
    const name = type as CallName;
    const rule = CALLS[name];
    const fromExtension = sender.url?.startsWith(options.extensionOrigin) === true;
    if (rule.from === 'extension' && !fromExtension)
      return refuse(`${name} is only accepted from the extension's pages`);
    if (rule.from === 'page' && sender.tab?.id === undefined)
      return refuse(`${name} is only accepted from a tab`);
    const checked = v.safeParse(rule.payload, (message as { payload?: unknown }).payload);
    if (!checked.success) return refuse(`${name}: ${issueText(checked.issues, 'payload')}`);
    let answer: unknown;
    try {
      const handler = handlers[name] as (payload: unknown, sender: SenderInfo) => Promise<unknown>;
      answer = await handler(checked.output, sender);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      const reply: Reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
      return v.is(errorCodeSchema, code) ? { ...reply, code } : reply;
    }
    const sound = v.safeParse(rule.reply, answer);
    if (!sound.success) return refuse(`${name}: ${issueText(sound.issues, 'answer')}`, 'held back an answer');
    return { ok: true, value: sound.output };
  };
}
