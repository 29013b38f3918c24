import { nearViewport, type ObserverFactory } from '@/utils/engine/viewport-gate';

/** Runs `work` and appends how long it took to `into`. */
export function timed<T>(into: number[], work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    into.push(performance.now() - start);
  }
}

/** The two entry types that report main-thread work over 50 ms. */
type LongKind = 'longtask' | 'long-animation-frame';

/**
 * The page's long tasks and long animation frames (over 50 ms, any source) from construction on: a long frame
 * also catches rendering work, such as a style recalculation, that the longtask entries leave out.
 */
export class LongTasks {
  readonly #longest: Record<LongKind, number> = { longtask: 0, 'long-animation-frame': 0 };
  readonly #observers = new Map<LongKind, PerformanceObserver>();
  readonly #since = performance.now();

  constructor() {
    for (const kind of ['longtask', 'long-animation-frame'] as const) {
      if (!PerformanceObserver.supportedEntryTypes.includes(kind)) continue;
      const observer = new PerformanceObserver((list) => this.#take(kind, list.getEntries()));
      observer.observe({ type: kind });
      this.#observers.set(kind, observer);
    }
  }

  /** Stops listening; returns the longest task and the longest frame reported (0 when none). */
  stop(): { taskMs: number; frameMs: number } {
    for (const [kind, observer] of this.#observers) {
      this.#take(kind, observer.takeRecords());
      observer.disconnect();
    }
    return { taskMs: this.#longest.longtask, frameMs: this.#longest['long-animation-frame'] };
  }

  #take(kind: LongKind, entries: PerformanceEntryList): void {
    for (const entry of entries) {
      if (entry.startTime >= this.#since) this.#longest[kind] = Math.max(this.#longest[kind], entry.duration);
    }
  }
}

/**
 * The ViewportGate's observer as the content script makes it (IntersectionObserver near the viewport, targets
 * handed over in batches), with every callback and every batch flush timed into `into`: both are our work.
 */
export function timedObserverFactory(into: number[]): ObserverFactory {
  const timers = {
    setTimeout: (run: () => void, ms?: number) => window.setTimeout(() => timed(into, run), ms),
    clearTimeout: (id?: number) => window.clearTimeout(id),
  } as Pick<Window, 'setTimeout' | 'clearTimeout'>;
  return (callback) =>
    nearViewport((entries, observer) => timed(into, () => callback(entries, observer)), timers);
}

/** Waits for two frames and a quiet moment, so layout and the observers' first callbacks are done. */
export function settle(ms = 10): Promise<void> {
  return new Promise((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => window.setTimeout(done, ms))),
  );
}
