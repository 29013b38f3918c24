import { frameDocument } from './walk-hooks';

/**
 * Follows the frames a scan meets as they load a new document. A walk reads a frame's document as it is then,
 * which at DOMContentLoaded is often the empty placeholder a frame shows before its own page arrives, and a
 * mutation observer never sees the swap. So when a frame's trusted load event brings a document other than the one
 * last seen there, `onLoad` gets the frame and the document it left (null when that one was out of reach): the
 * scanner drops what it found in the old one and reads the frame again, which costs nothing for a cross-origin page.
 * A forged load event is ignored.
 */
export class FrameLoads {
  readonly #shown = new WeakMap<Element, Document | null>();
  readonly #listening = new AbortController();

  constructor(private readonly onLoad: (frame: Element, left: Document | null) => void) {}

  /**
   * Starts following a frame met by a walk, with the document the walk read there (null when it read none: out of
   * reach, or out of sight). It does not read the frame itself: in Chromium a content script's first touch of a
   * frame's document cost 1–2 ms a frame, about 50 ms a load on an ad-heavy page whose frames are mostly hidden.
   * Following one twice is harmless.
   */
  watch(frame: Element, read: Document | null): void {
    if (this.#shown.has(frame)) return;
    this.#shown.set(frame, read);
    frame.addEventListener('load', (event) => event.isTrusted && this.#loaded(frame), {
      signal: this.#listening.signal,
    });
  }

  /** Stops following every frame. */
  destroy(): void {
    this.#listening.abort();
  }

  #loaded(frame: Element): void {
    const left = this.#shown.get(frame) ?? null;
    const shown = frameDocument(frame);
    if (shown === left) return;
    this.#shown.set(frame, shown);
    this.onLoad(frame, left);
  }
}
