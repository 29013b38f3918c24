/** Trusted input that says a reader is at the page: a pointer moved or pressed, a key pressed, a wheel turned. */
const PRESENCE_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'wheel'] as const;

/** Whether a reader has been at the page yet, heard from the page's first trusted input. */
export interface ReaderPresence {
  /** Calls `onPresent` once a reader has been at the page (at once if one already has), unless `signal` aborts first. */
  whenPresent(onPresent: () => void, signal: AbortSignal): void;
}

/**
 * Listens for the first trusted input on the page, so the popover's code loads only for a page a reader is at (issue
 * 11): a tab opened in the background and never looked at, or a page nobody touches, never loads it. The listeners are
 * passive, on the window in the capture phase, and go at the first trusted input or when `signal` aborts. Started at
 * document_start, before any page script, they are the window's first: a page listener cannot stop the event before
 * ours hears it. Input a page script dispatches is not trusted and counts for nothing.
 */
export function readerPresence(win: Window, signal: AbortSignal): ReaderPresence {
  const waiting = new Set<() => void>();
  const heard = new AbortController();
  const listening = AbortSignal.any([signal, heard.signal]);
  const listener = (event: Event): void => {
    if (!event.isTrusted) return;
    heard.abort();
    const called = [...waiting];
    waiting.clear();
    for (const onPresent of called) onPresent();
  };
  for (const type of PRESENCE_EVENTS)
    win.addEventListener(type, listener, { passive: true, capture: true, signal: listening });
  return {
    whenPresent(onPresent, until) {
      if (until.aborted) return;
      if (heard.signal.aborted) {
        onPresent();
        return;
      }
      waiting.add(onPresent);
      until.addEventListener('abort', () => waiting.delete(onPresent), { once: true });
    },
  };
}
