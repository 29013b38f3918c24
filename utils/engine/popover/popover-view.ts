import type { Card } from '@/utils/model';
import { FRAME_MARGIN, type FromFrame } from '@/utils/protocol/frame-channel';
import type { PageMention } from '../page-mentions';
import type { FrameHost } from './frame-host';
import { reportOpenTime } from './open-timing';
import { followMention } from './placement';

/** What the view asks of its owner: how to make the frame, and what the reader did in it. */
export interface PopoverViewOptions {
  doc: Document;
  makeHost(onMessage: (message: FromFrame) => void): FrameHost;
  onClose(): void;
  onGone(): void;
  onPin(): void;
  onInside(): void;
}

/** The card the frame holds: whose it is, and the size it asked for once the frame has told. */
interface Held {
  mention: PageMention;
  size: { width: number; height: number } | null;
}

/**
 * The popover on the page: the frame that renders the card, placed by its mention once the card has told its
 * size. The frame is made when the pointer first rests on a mention (or on a keyboard request), and the card is
 * rendered there during the hover delay, so the open itself only places and reveals it. Pages where the reader
 * never rests on a mention get no element at all.
 */
export class PopoverView {
  #host: FrameHost | null = null;
  #unfollow: (() => void) | null = null;
  #seq = 0;
  #held: Held | null = null;
  /** The open that waits for the held card's size: when it was decided (for the timing report), and how. */
  #waiting: { start: number; focus: boolean } | null = null;
  /** The height the viewport leaves by the mention, as placement last measured it. */
  #available = Number.POSITIVE_INFINITY;

  constructor(private readonly options: PopoverViewOptions) {}

  /** The frame, made on first need. */
  prepare(): FrameHost {
    this.#host ??= this.options.makeHost((message) => this.#receive(message));
    return this.#host;
  }

  /** Renders a mention's card out of sight while the pointer rests on it, unless a popover is showing. */
  preview(card: Card, mention: PageMention): void {
    if (this.#unfollow === null && this.#held?.mention !== mention) this.#render(card, mention);
  }

  /** Whether focus is inside the popover. */
  hasFocus(): boolean {
    return this.#host?.hasFocus() ?? false;
  }

  /** Opens the card by its mention: at once when it is already rendered, else as soon as the frame tells its size. */
  show(card: Card, mention: PageMention, focus: boolean, start: number): void {
    const host = this.prepare();
    if (this.#held?.mention !== mention) {
      this.#stopFollowing();
      host.setShown(false);
      this.#render(card, mention);
    }
    if (focus) host.frame.focus({ preventScroll: true });
    this.#waiting = { start, focus };
    if (this.#held?.size) this.#place();
  }

  /**
   * Hides and empties the popover, and stops following its mention. Focus inside leaves the frame first: Firefox
   * keeps it on a hidden frame (our host stays the page's active element) where Chromium gives it to the page.
   */
  hide(): void {
    if (this.hasFocus()) this.#host?.frame.blur();
    this.#stopFollowing();
    this.#waiting = null;
    this.#held = null;
    this.#host?.setShown(false);
    this.#host?.send({ type: 'hide' });
  }

  /** Removes our host from the page. */
  destroy(): void {
    this.hide();
    this.#host?.destroy();
    this.#host = null;
  }

  #render(card: Card, mention: PageMention): void {
    const host = this.prepare();
    host.reset();
    this.#held = { mention, size: null };
    host.send({ type: 'render', seq: ++this.#seq, card, matchedAlias: mention.text });
  }

  #receive(message: FromFrame): void {
    if (message.type === 'pin') this.options.onPin();
    else if (message.type === 'inside') this.options.onInside();
    else if (message.type === 'close') this.options.onClose();
    else if (message.seq === this.#seq && this.#held) {
      const first = this.#held.size === null;
      this.#held.size = { width: message.width, height: message.height };
      if (first && this.#waiting !== null) this.#place();
      else if (this.#unfollow) this.#fit();
    }
  }

  #place(): void {
    const host = this.#host!;
    const { mention } = this.#held!;
    const { start, focus } = this.#waiting!;
    this.#waiting = null;
    this.#stopFollowing();
    this.#available = Number.POSITIVE_INFINITY;
    this.#fit();
    const height = (available: number): void => {
      this.#available = available;
      this.#fit();
    };
    this.#unfollow = followMention(
      mention.range,
      host.frame,
      { inset: FRAME_MARGIN, height },
      this.options.onGone,
    );
    host.setShown(true);
    host.send({ type: 'shown', focus });
    reportOpenTime(this.options.doc, start);
  }

  #fit(): void {
    const size = this.#held?.size;
    if (!size) return;
    const room = 2 * FRAME_MARGIN;
    this.#host?.resize(size.width + room, Math.min(size.height, this.#available) + room);
  }

  #stopFollowing(): void {
    this.#unfollow?.();
    this.#unfollow = null;
  }
}
