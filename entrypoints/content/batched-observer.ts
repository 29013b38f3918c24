/** The part of an IntersectionObserver the viewport gate uses. */
export type TargetObserver = Pick<IntersectionObserver, 'observe' | 'unobserve' | 'disconnect'>;

/** How long targets met after the first batch wait, so a long scan adds them a few times a second, not per slice. */
export const OBSERVE_BATCH_MS = 250;

/**
 * Hands new targets to an IntersectionObserver in batches. Chromium recomputes every target of an observer in
 * each frame that has new ones, and a scan adding targets slice after slice made ~60 such frames on a 5 MB page
 * (~6 ms each with 10,000 targets); batching turns them into a few. The first batch goes out on the next task,
 * so the top of a page is painted at once; later ones wait `delayMs`.
 */
export function batchedObserver(
  inner: TargetObserver,
  timers: Pick<Window, 'setTimeout' | 'clearTimeout'>,
  delayMs = OBSERVE_BATCH_MS,
): TargetObserver {
  const pending = new Set<Element>();
  let timer: number | undefined;
  let first = true;
  const flush = (): void => {
    timer = undefined;
    for (const target of pending) inner.observe(target);
    pending.clear();
  };
  return {
    observe(target) {
      pending.add(target);
      timer ??= timers.setTimeout(flush, first ? 0 : delayMs);
      first = false;
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
