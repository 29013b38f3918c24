import type { TargetObserver } from './batched-observer';
import { type BoxOf, firstElement, layoutBox, reachedAt, startOf, wordsFrom } from './far-place';
import { NEAR_VIEWPORT_MARGIN, type ObserverFactory } from './viewport-gate';

/** A stretch of the page left unread: `start` and every later sibling of it under `parent`. */
export interface Tail {
  parent: Node;
  start: Node;
}

/** Tails are woken within one viewport above or below the visible one, as the viewport gate paints marks. */
function nearViewport(callback: IntersectionObserverCallback): TargetObserver {
  return new IntersectionObserver(callback, { rootMargin: NEAR_VIEWPORT_MARGIN });
}

/**
 * Leaves the parts of a page far below the viewport unread until they come near it. In the content script's world
 * the first touch of each node costs a wrapper and a call into the browser, and that walk is most of a load's scan
 * on large pages, while on the 12 largest corpus pages a fifth of the walk (median) lies within a viewport below the
 * visible one. A walk asks `skipFrom` at each stretch of text nodes: when that point is below the near band, the rest
 * of each of its ancestors is left as a tail, its first element watched by an IntersectionObserver, up to the first
 * ancestor whose next element is near (a side column, a layout whose order is not the reading order), where the walk
 * goes on. `onNear` gets a tail once it comes near; `readAll` hands over every tail and stops leaving more, for a
 * reader who asks for the whole page (the popup's list, a keyboard step). Frames are left to ./frame-watch.ts.
 */
export class FarTails {
  readonly #pending = new Map<Element, Tail>();
  readonly #sight: TargetObserver;
  readonly #listening = new AbortController();
  #frame = 0;
  #all = false;

  constructor(
    private readonly doc: Document,
    private readonly onNear: (tail: Tail) => void,
    createSight: ObserverFactory = nearViewport,
    private readonly boxOf: BoxOf = layoutBox,
  ) {
    this.#sight = createSight((entries) => {
      for (const entry of entries) if (entry.isIntersecting) this.#wake(entry.target);
    });
    const options = { capture: true, passive: true, signal: this.#listening.signal };
    doc.defaultView?.addEventListener('scroll', (event) => event.isTrusted && this.#passedSoon(), options);
  }

  /**
   * Where a walk of `root` that has just read `at` goes on: undefined when `at` is near (or everything is to be read),
   * the node to go on from once the far rest of `at`'s ancestors is left as tails, or null when nothing of `root`
   * is left to read now.
   */
  skipFrom(at: Node, root: Node): Node | null | undefined {
    if (this.#all || at.ownerDocument !== this.doc || !this.#beyond(reachedAt(at, root, this.boxOf)))
      return undefined;
    for (let node = at; node !== root; ) {
      const parent = node.parentNode;
      if (!parent) return null;
      const next = node.nextSibling;
      if (next) {
        const first = firstElement(next);
        if (first ? !this.#beyond(startOf(first, this.boxOf)) : wordsFrom(next)) return next;
        if (first) {
          this.#pending.set(first, { parent, start: next });
          this.#sight.observe(first);
        }
      }
      node = parent;
    }
    return null;
  }

  /** Hands every tail over at once, and leaves no more: the reader wants the whole page. */
  readAll(): void {
    this.#all = true;
    for (const first of [...this.#pending.keys()]) this.#wake(first);
  }

  /** Forgets every tail, for a walk of the whole page that will leave its own. */
  drop(): void {
    for (const first of this.#pending.keys()) this.#sight.unobserve(first);
    this.#pending.clear();
  }

  /** Stops watching. */
  destroy(): void {
    this.#listening.abort();
    if (this.#frame) this.doc.defaultView?.cancelAnimationFrame(this.#frame);
    this.#pending.clear();
    this.#sight.disconnect();
  }

  /**
   * After the reader scrolls, once a frame, wakes the tails whose start is near or already above: a jump (a link to
   * an anchor, the End key) can carry a start past the near band without the observer ever seeing it there.
   */
  #passedSoon(): void {
    const view = this.doc.defaultView;
    if (this.#frame || this.#pending.size === 0 || !view) return;
    this.#frame = view.requestAnimationFrame(() => {
      this.#frame = 0;
      for (const first of [...this.#pending.keys()])
        if (!this.#beyond(startOf(first, this.boxOf))) this.#wake(first);
    });
  }

  #beyond(y: number): boolean {
    return y > 2 * (this.doc.defaultView?.innerHeight ?? Number.POSITIVE_INFINITY);
  }

  #wake(first: Element): void {
    const tail = this.#pending.get(first);
    if (!tail) return;
    this.#pending.delete(first);
    this.#sight.unobserve(first);
    this.onNear(tail);
  }
}
