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
 * Makes the IntersectionObservers created inside `create` time their callbacks into `into`: the viewport gate's
 * callback paints what scrolls near, which is our work too, outside the idle slices. The global is restored at once.
 */
export function withTimedIntersection<T>(into: number[], create: () => T): T {
  const Native = window.IntersectionObserver;
  window.IntersectionObserver = class extends Native {
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      super((entries, observer) => timed(into, () => callback(entries, observer)), options);
    }
  };
  try {
    return create();
  } finally {
    window.IntersectionObserver = Native;
  }
}

/** Waits for two frames and a quiet moment, so layout and the observers' first callbacks are done. */
export function settle(ms = 10): Promise<void> {
  return new Promise((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => window.setTimeout(done, ms))),
  );
}
