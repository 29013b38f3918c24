import { MAX_BOXES, type ToPaint } from '@/utils/protocol/paint-channel';
import type { HighlightStyle } from '@/utils/settings';
import type { Mark } from '../highlighter';
import type { Painter } from '../page-mentions';
import { ExtensionFrame } from './extension-frame';
import { markBoxes } from './mark-boxes';

/** A see-through layer over the viewport that never takes the pointer, focus or the screen reader's attention. */
const LAYER_STYLES = 'iframe { width: 100vw; height: 100vh; pointer-events: none; }';

/** Where the paint frame lives and how it proves who it talks to. */
export interface OverlayOptions {
  win: Window;
  /** The paint page's address (the per-session dynamic one where the browser has it). */
  url: string;
  /** The origin the frame's document really has. */
  origin: string;
  ticket(): Promise<string>;
}

/**
 * Paints marks from inside an extension frame laid over the viewport instead of the page's `CSS.highlights`,
 * which any page can enumerate to learn which of its words the reader's knowledge base knows. The frame gets only
 * boxes (no text, no entry); it is redrawn at the next animation frame after any change, scroll or resize, so on
 * scroll it may trail the text by a frame. This is the private mode's price, and why it is a setting.
 */
export class OverlayPainter implements Painter {
  readonly #marks = new Map<Node, readonly Mark[]>();
  readonly #frame: ExtensionFrame<ToPaint>;
  readonly #abort = new AbortController();
  readonly #resized: ResizeObserver;
  #style: HighlightStyle = 'background';
  #pending = 0;

  constructor(private readonly options: OverlayOptions) {
    const { win, url, origin, ticket } = options;
    const doc = win.document;
    this.#frame = new ExtensionFrame<ToPaint>({
      doc,
      url,
      origin,
      ticket,
      title: 'Fact Linker highlights',
      styles: LAYER_STYLES,
      onMessage: () => {},
      onReload: () => this.#schedule(),
    });
    const { frame } = this.#frame;
    frame.tabIndex = -1;
    frame.inert = true;
    frame.setAttribute('aria-hidden', 'true');
    const signal = this.#abort.signal;
    const schedule = (): void => this.#schedule();
    win.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
    win.addEventListener('resize', schedule, { passive: true, signal });
    this.#resized = new ResizeObserver(schedule);
    this.#resized.observe(doc.documentElement);
  }

  /** Replaces a container's marks and redraws at the next frame. */
  set(key: Node, marks: readonly Mark[]): void {
    if (marks.length > 0) this.#marks.set(key, marks);
    else this.#marks.delete(key);
    this.#schedule();
  }

  /** Drops a container's marks and redraws at the next frame. */
  delete(key: Node): void {
    if (this.#marks.delete(key)) this.#schedule();
  }

  /** Draws every box in another look. */
  setStyle(style: HighlightStyle): void {
    this.#style = style;
    this.#schedule();
  }

  /** Stops following the page and takes the layer out. */
  destroy(): void {
    this.#abort.abort();
    this.#resized.disconnect();
    this.options.win.cancelAnimationFrame(this.#pending);
    this.#frame.destroy();
    this.#marks.clear();
  }

  #schedule(): void {
    if (this.#pending || this.#abort.signal.aborted) return;
    this.#pending = this.options.win.requestAnimationFrame(() => {
      this.#pending = 0;
      this.#flush();
    });
  }

  *#allMarks(): Iterable<Mark> {
    for (const marks of this.#marks.values()) yield* marks;
  }

  #flush(): void {
    const { innerWidth: width, innerHeight: height } = this.options.win;
    const boxes = markBoxes(this.#allMarks(), { width, height });
    this.#frame.send({ type: 'paint', style: this.#style, boxes: boxes.slice(0, MAX_BOXES) });
  }
}
