import { type Deadline, type RequestIdle, SLICE_BUDGET_MS } from './idle-loop';

/** Below this many ms left in an idle period, the next slice waits for the next period. */
const MIN_LEFT_MS = 2;

/**
 * requestIdleCallback with a timeout, so a page that is never idle still gets scanned. A slice asked for while
 * an idle period still has time left runs in that period, after a task boundary that lets input through:
 * Chrome runs one requestIdleCallback per idle period, and on a page with nothing to render a period lasts
 * 50 ms, so a chain of 8 ms slices would otherwise leave four fifths of each period unused. Where the browser
 * has no requestIdleCallback, a short timer with a deadline that allows one budget.
 */
export function browserIdle(win: Window, timeout = 1000): RequestIdle {
  if (typeof win.requestIdleCallback !== 'function') return timerIdle(win);
  const post = taskPoster();
  let period: Deadline | null = null;
  const within = (deadline: Deadline, run: (deadline: Deadline) => void) => {
    period = deadline;
    try {
      run(deadline);
    } finally {
      period = null;
    }
  };
  return (run) => {
    const open = period;
    if (open && !open.didTimeout && open.timeRemaining() > MIN_LEFT_MS) return post(() => within(open, run));
    const id = win.requestIdleCallback((deadline) => within(deadline, run), { timeout });
    return () => win.cancelIdleCallback(id);
  };
}

/** How long stepped work runs between two of `taskPause`'s pauses: about a frame. */
export const PAUSE_BUDGET_MS = 16;

/**
 * A pause for stepped work that starts now, such as unpacking the matcher: once the work has run `budgetMs` since
 * it started or last paused, the pause ends in a task of its own (a posted message: no timer clamping, no wait for
 * idle time), letting the page's tasks and frames through; before that it ends at once, so short steps run together
 * and a small knowledge base's unpacking does not pause at all. Each pause can put the first highlight later by what
 * the page does meanwhile (BENCHMARKS.md, "The page's unpacking in stretches"). `onPause` hears how long each
 * stretch ran, for the bench.
 */
export function taskPause(
  budgetMs = PAUSE_BUDGET_MS,
  onPause?: (ranMs: number) => void,
): () => Promise<void> {
  const post = taskPoster();
  let since = performance.now();
  return async () => {
    const ran = performance.now() - since;
    if (ran < budgetMs) return;
    onPause?.(ran);
    await new Promise<void>((resolve) => {
      post(resolve);
    });
    since = performance.now();
  };
}

/** Posts a task with no timer clamping (a MessageChannel message); returns a cancel function. */
function taskPoster(): (task: () => void) => () => void {
  const channel = new MessageChannel();
  const queue = new Set<() => void>();
  channel.port1.onmessage = () => {
    const [next] = queue;
    if (!next) return;
    queue.delete(next);
    next();
  };
  return (task) => {
    const entry = () => task();
    queue.add(entry);
    channel.port2.postMessage(null);
    return () => queue.delete(entry);
  };
}

/** A deadline that leaves one slice budget from now. */
function budgetFromNow(): Deadline {
  const end = performance.now() + SLICE_BUDGET_MS;
  return { didTimeout: false, timeRemaining: () => end - performance.now() };
}

function timerIdle(win: Window): RequestIdle {
  return (run) => {
    const id = win.setTimeout(() => run(budgetFromNow()), 1);
    return () => win.clearTimeout(id);
  };
}
