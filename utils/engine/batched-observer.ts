import { reachable } from './reachable';

/** The part of an IntersectionObserver the viewport gate uses. */
export type TargetObserver = Pick<IntersectionObserver, 'observe' | 'unobserve' | 'disconnect'>;

/** How long after one batch of new targets the next may go out: a long scan adds them a few times a second. */
export const OBSERVE_BATCH_MS = 250;

/**
 * Hands new targets to an IntersectionObserver in batches. Chromium recomputes every target of an observer in
 * each frame that has new ones, and a scan adding targets slice after slice made ~60 such frames on a 5 MB page
 * (~6 ms each with 10,000 targets); batching turns them into a few. A batch goes out on the next task unless one
 * went out in the last `delayMs`, and then when that wait ends: the top of a page, or text a page adds later,
 * is painted at once. A target whose document went before its batch (./reachable.ts) is left out.
 */
export function batchedObserver(
  inner: TargetObserver,
  timers: Pick<Window, 'setTimeout' | 'clearTimeout'>,
  delayMs = OBSERVE_BATCH_MS,
): TargetObserver {
  const pending = new Set<Element>();
  let timer: number | undefined;
  const flush = (): void => {
    timer = undefined;
    if (pending.size === 0) return;
    for (const target of pending) if (reachable(target)) inner.observe(target);
    pending.clear();
    timer = timers.setTimeout(flush, delayMs);
  };
  return {
    observe(target) {
      pending.add(target);
      timer ??= timers.setTimeout(flush, 0);
    },
    unobserve(target) {
      if (!pending.delete(target)) inner.unobserve(target);
    },
    disconnect() {
      timers.clearTimeout(timer);
      timer = undefined;
      pending.clear();
      inner.disconnect();
    },
  };
}
