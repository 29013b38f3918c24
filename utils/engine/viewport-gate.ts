import { batchedObserver, type TargetObserver } from './batched-observer';
import type { Mark } from './highlighter';
import type { Painter } from './page-mentions';
import { reachable } from './reachable';

/** What counts as near the viewport: within one viewport above or below it (marks painted, frames read). */
export const NEAR_VIEWPORT_MARGIN = '100% 0px';

/** Makes an observer reporting which targets are near the viewport; tests pass a fake. */
export type ObserverFactory = (callback: IntersectionObserverCallback) => TargetObserver;

/**
 * The gate's own observer: targets within one viewport above and below (so scrolling reaches painted text before
 * it shows), handed over in batches; `timers` lets the bench time the batches.
 */
export function nearViewport(
  callback: IntersectionObserverCallback,
  timers: Pick<Window, 'setTimeout' | 'clearTimeout'> = window,
): TargetObserver {
  return batchedObserver(new IntersectionObserver(callback, { rootMargin: NEAR_VIEWPORT_MARGIN }), timers);
}

/**
 * Marks painted before the observer first reports on their containers: its first report comes a frame or two after
 * a target is observed, so the top of a page would show its highlights late; a few hundred ranges cost nothing.
 */
export const AHEAD_MARKS = 200;

/**
 * Passes a container's marks to the highlighter only while the container is near the viewport. Chromium rebuilds
 * every highlight marker of a document on each frame after any DOM or style change, so 40 000 registered ranges
 * (a 5 MB page) cost 200–600 ms a frame; gating keeps the registered set to what is on screen. Containers that are
 * not elements (shadow roots) and boxless `display: contents` blocks are painted ungated. The first `AHEAD_MARKS`
 * marks of a session are painted at once, before the observer reports on them, and unpainted if it reports them far:
 * reading starts at the top of the page, so these are mostly what the reader sees first.
 *
 * A target whose document is gone (a frame removed or navigated away, ./reachable.ts) cannot be handed to
 * `unobserve`, which throws in Firefox: the observer is renewed instead, once per batch of such deletions, with the
 * live targets only, so it holds no dead one. Reports about gone targets are passed over.
 */
export class ViewportGate implements Painter {
  readonly #marks = new Map<Node, readonly Mark[]>();
  readonly #near = new Set<Node>();
  readonly #observer: ReturnType<ObserverFactory>;
  #renewing = false;
  #ahead = AHEAD_MARKS;

  constructor(
    private readonly inner: Painter,
    createObserver: ObserverFactory = nearViewport,
  ) {
    this.#observer = createObserver((entries) => {
      for (const entry of entries) {
        const target = liveTarget(entry);
        if (!target) continue;
        const near = entry.isIntersecting || boxless(entry);
        if (near !== this.#near.has(target)) this.#update(target, near);
      }
    });
  }

  /** Keeps a container's marks, painting them now if it is near the viewport or cannot be observed. */
  set(key: Node, marks: readonly Mark[]): void {
    if (marks.length === 0) {
      this.delete(key);
      return;
    }
    const known = this.#marks.has(key);
    this.#marks.set(key, marks);
    if (key.nodeType !== Node.ELEMENT_NODE || this.#near.has(key)) this.inner.set(key, marks);
    else if (!known) this.#observeNew(key as Element, marks);
  }

  /** Forgets a container's marks and stops observing it. */
  delete(key: Node): void {
    if (!this.#marks.delete(key)) return;
    this.#near.delete(key);
    this.inner.delete(key);
    if (!reachable(key)) this.#renewSoon();
    else if (key.nodeType === Node.ELEMENT_NODE) this.#observer.unobserve(key as Element);
  }

  /** Stops observing; the inner painter is left to its owner. */
  destroy(): void {
    this.#observer.disconnect();
    this.#marks.clear();
    this.#near.clear();
  }

  /**
   * Observes a new container and, while the session's budget of `AHEAD_MARKS` lasts, paints it before the observer
   * first reports on it (which unpaints it if it is far).
   */
  #observeNew(target: Element, marks: readonly Mark[]): void {
    if (marks.length <= this.#ahead) {
      this.#ahead -= marks.length;
      this.#near.add(target);
      this.inner.set(target, marks);
    }
    this.#observer.observe(target);
  }

  /** Renews the observer after the current batch of deletions: it lets go of everything, then takes the live back. */
  #renewSoon(): void {
    if (this.#renewing) return;
    this.#renewing = true;
    queueMicrotask(() => {
      this.#renewing = false;
      this.#observer.disconnect();
      for (const key of this.#marks.keys()) {
        if (reachable(key) && key.nodeType === Node.ELEMENT_NODE) this.#observer.observe(key as Element);
      }
    });
  }

  #update(target: Element, near: boolean): void {
    const marks = this.#marks.get(target);
    if (!marks) return;
    if (near) {
      this.#near.add(target);
      this.inner.set(target, marks);
    } else {
      this.#near.delete(target);
      this.inner.delete(target);
    }
  }
}

/** An entry's target, or null when its document is gone: in Firefox even reading `target` then throws. */
function liveTarget(entry: IntersectionObserverEntry): Element | null {
  try {
    return reachable(entry.target) ? entry.target : null;
  } catch {
    return null;
  }
}

/** An element without a box never intersects: `display: contents` blocks are painted regardless. */
function boxless(entry: IntersectionObserverEntry): boolean {
  const { width, height } = entry.boundingClientRect;
  if (width > 0 || height > 0) return false;
  const el = entry.target;
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
}
