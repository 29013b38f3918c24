/** The part of IdleDeadline the loop reads. */
export interface Deadline {
  readonly didTimeout: boolean;
  timeRemaining(): number;
}

/** Schedules one callback when the page is idle; returns a cancel function. */
export type RequestIdle = (run: (deadline: Deadline) => void) => () => void;

/** Longest slice of our work, in ms: well under the 50 ms that makes a task "long" and delays input. */
export const SLICE_BUDGET_MS = 8;

/** The deadline of a slice run at once: no idle period, so the slice gets its budget, as a timed-out one does. */
const AT_ONCE: Deadline = { didTimeout: true, timeRemaining: () => 0 };

/** How the loop runs: the scheduler, the budget per slice, a clock, and what to do after each slice. */
export interface IdleLoopOptions {
  requestIdle: RequestIdle;
  budgetMs?: number;
  now?: () => number;
  /** Called before each slice's first step, e.g. to reset per-slice caches. */
  onSliceStart?(): void;
  /** Called after each slice with whether work remains. */
  onSliceEnd?(more: boolean): void;
}

/**
 * Runs small steps of work in idle slices: each slice stops once the budget is spent or the browser's deadline
 * has passed (a timed-out callback still gets its budget so progress is guaranteed), then yields to the page.
 * The deadline is read once per slice, as the idle period it gives only shrinks with time: asking per step cost
 * more than the steps' own bookkeeping on a 5 MB page. A step returns whether more work remains. A step that throws
 * (a frame's document can go from under it) ends its slice, not the loop: the error still reaches the console, and
 * the next slice is scheduled, so a step must take its piece of work before it can fail on it.
 */
export class IdleLoop {
  #cancel: (() => void) | null = null;
  readonly #budget: number;
  readonly #now: () => number;

  constructor(
    private readonly step: () => boolean,
    private readonly options: IdleLoopOptions,
  ) {
    this.#budget = options.budgetMs ?? SLICE_BUDGET_MS;
    this.#now = options.now ?? (() => performance.now());
  }

  /** Makes sure a slice is scheduled; cheap to call after every new piece of work. */
  wake(): void {
    this.#cancel ??= this.options.requestIdle(this.#slice);
  }

  /**
   * Runs a slice at once, with its whole budget, and leaves the rest to idle periods: for work the reader waits to
   * see. The first read of a page runs this way when the matcher arrives, so its highlights are registered before
   * the browser's first frame: a posted task ran after that frame, and an idle period can come after the load event.
   */
  runNow(): void {
    this.#cancel?.();
    this.#cancel = null;
    this.#slice(AT_ONCE);
  }

  /** Cancels the scheduled slice, if any. */
  destroy(): void {
    this.#cancel?.();
    this.#cancel = null;
  }

  readonly #slice = (deadline: Deadline): void => {
    this.#cancel = null;
    this.options.onSliceStart?.();
    const start = this.#now();
    const limit = deadline.didTimeout ? this.#budget : Math.min(this.#budget, deadline.timeRemaining());
    let more = true;
    try {
      more = this.step();
      while (more && this.#now() - start < limit) more = this.step();
    } finally {
      this.options.onSliceEnd?.(more);
      if (more) this.wake();
    }
  };
}
