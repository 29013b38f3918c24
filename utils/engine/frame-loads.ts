import { frameDocument } from './containers';

/**
 * Follows the frames a scan meets as they load a new document. A walk reads a frame's document as it is then,
 * which at DOMContentLoaded is often the empty placeholder the frame shows before its own page arrives; a mutation
 * observer never sees the swap. So when a frame we could read, or can read now, finishes loading, `onLoad` runs
 * (the session rescans: the new document is read, and marks in the old one, which is off the page, are swept).
 * Cross-origin frames that stay out of reach (ads reloading) cost nothing, and a forged load event is ignored.
 */
export class FrameLoads {
  readonly #watched = new WeakSet<Element>();
  readonly #readable = new WeakSet<Element>();
  readonly #listening = new AbortController();

  constructor(private readonly onLoad: () => void) {}

  /** Starts following a frame met by a walk (following one twice is harmless). */
  watch(frame: Element): void {
    if (frameDocument(frame)) this.#readable.add(frame);
    if (this.#watched.has(frame)) return;
    this.#watched.add(frame);
    frame.addEventListener('load', (event) => event.isTrusted && this.#loaded(frame), {
      signal: this.#listening.signal,
    });
  }

  /** Stops following every frame. */
  destroy(): void {
    this.#listening.abort();
  }

  #loaded(frame: Element): void {
    const wasReadable = this.#readable.has(frame);
    if (frameDocument(frame)) this.#readable.add(frame);
    else this.#readable.delete(frame);
    if (wasReadable || this.#readable.has(frame)) this.onLoad();
  }
}
