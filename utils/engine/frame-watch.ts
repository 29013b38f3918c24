import type { TargetObserver } from './batched-observer';
import { NEAR_VIEWPORT_MARGIN, type ObserverFactory } from './viewport-gate';
import { frameDocument } from './walk-hooks';

/** A frame smaller than this either way (a tracking pixel, a collapsed ad slot) shows no text a reader could read. */
const SMALLEST_SIDE_PX = 8;

/** Frames within one viewport above or below the visible one count as in sight, as the viewport gate's marks do. */
function nearViewport(callback: IntersectionObserverCallback): TargetObserver {
  return new IntersectionObserver(callback, { rootMargin: NEAR_VIEWPORT_MARGIN });
}

/**
 * Decides when a scan reads a frame's document: once the frame first comes near the viewport, and again whenever
 * it then loads a new one. In Chromium a content script's first touch of a same-origin frame's document builds
 * the script's world in that frame, 2–5 ms each alone (breitbart.html's 19 same-origin ad frames cost 83–91 ms a
 * load) and 10–15 ms each in load profiles; most such frames are ads far down the page or hidden,
 * so a frame is left untouched until the reader may see it, and one under `SMALLEST_SIDE_PX` is not in sight.
 * `onLoad` gets the frame and the document it left (null when none was read): the scanner drops what it found there
 * and reads the frame again. A forged load event is ignored; a frame not yet in sight is not read as it loads, but
 * its place is asked again (an ad slot takes its size as its page arrives).
 */
export class FrameWatch {
  /** Frames that have come into sight, with the document last read there (null: out of reach). */
  readonly #shown = new WeakMap<Element, Document | null>();
  readonly #met = new WeakSet<Element>();
  readonly #listening = new AbortController();
  readonly #sight: TargetObserver;

  constructor(
    private readonly onLoad: (frame: Element, left: Document | null) => void,
    createSight: ObserverFactory = nearViewport,
  ) {
    this.#sight = createSight((entries) => {
      for (const entry of entries) {
        const { width, height } = entry.boundingClientRect;
        if (entry.isIntersecting && Math.min(width, height) >= SMALLEST_SIDE_PX) this.#inSight(entry.target);
      }
    });
  }

  /**
   * The document a walk should read in a frame it meets now: the frame's own once it has come into sight, else
   * null, and the frame is followed from then on. Asking twice is harmless, and asking changes nothing of what the
   * next load is compared with: a walk (the report's ordering, say) may meet a frame whose new document has not
   * fired its load yet, and that load must still have the frame read again.
   */
  read(frame: Element): Document | null {
    if (!this.#met.has(frame)) {
      this.#met.add(frame);
      frame.addEventListener('load', (event) => event.isTrusted && this.#loaded(frame), {
        signal: this.#listening.signal,
      });
      this.#sight.observe(frame);
    }
    return this.#shown.has(frame) ? frameDocument(frame) : null;
  }

  /** Stops following every frame. */
  destroy(): void {
    this.#listening.abort();
    this.#sight.disconnect();
  }

  #inSight(frame: Element): void {
    if (this.#shown.has(frame) || this.#listening.signal.aborted) return;
    this.#shown.set(frame, null);
    this.#loaded(frame);
  }

  #loaded(frame: Element): void {
    if (!this.#shown.has(frame)) {
      this.#sight.unobserve(frame);
      this.#sight.observe(frame);
      return;
    }
    const left = this.#shown.get(frame) ?? null;
    const shown = frameDocument(frame);
    if (shown === left) return;
    this.#shown.set(frame, shown);
    this.onLoad(frame, left);
  }
}
