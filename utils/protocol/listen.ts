import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { type EventName, type EventOf, eventSchema } from './events';
import { type TabCommand, tabCommandSchema } from './tab-commands';

/**
 * Hears runtime messages that match `schema` and come from this extension, until `signal` aborts: any extension
 * may message a tab, and an extension page also hears the requests content scripts send, so everything else is
 * ignored. Listeners never answer, so the sender's promise settles at once.
 */
function listen<T>(
  schema: v.GenericSchema<unknown, T>,
  handler: (message: T) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const listener = (message: unknown, sender: { id?: string } | undefined): undefined => {
    if (sender?.id !== browser.runtime.id) return;
    const checked = v.safeParse(schema, message);
    if (checked.success) handler(checked.output);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/** Runs `handler` on each well-formed `name` event from the background, until `signal` aborts. */
export function onEvent<E extends EventName>(
  name: E,
  handler: (event: EventOf<E>) => void,
  signal: AbortSignal,
): void {
  listen(
    eventSchema,
    (event) => {
      if (event.type === name) handler(event as EventOf<E>);
    },
    signal,
  );
}

/** Runs `handler` on each well-formed command sent to this tab by the extension, until `signal` aborts. */
export function onTabCommand(handler: (command: TabCommand) => void, signal: AbortSignal): void {
  listen(tabCommandSchema, handler, signal);
}
