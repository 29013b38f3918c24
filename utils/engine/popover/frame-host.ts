import {
  CARD_MAX,
  FRAME_MARGIN,
  type FromFrame,
  fromFrameSchema,
  readPortMessage,
  type ToFrame,
} from '@/utils/protocol/frame-channel';
import { ExtensionFrame } from '../frame/extension-frame';

/** The frame's size before a card has told it what it wants: room for the widest and tallest card. */
const ROOMY = { width: CARD_MAX.width + 2 * FRAME_MARGIN, height: CARD_MAX.height + 2 * FRAME_MARGIN };

/** Hidden and unclickable until a card is shown. */
const CARD_FRAME_STYLES = `iframe { visibility: hidden; pointer-events: none; }
iframe.fl-shown { visibility: visible; pointer-events: auto; }
`;

/** Where the popover frame lives and how it proves who it talks to. */
export interface FrameHostOptions {
  doc: Document;
  /** The popover page's address (the per-session dynamic one where the browser has it). */
  url: string;
  /** The origin the frame's document really has, which the port is posted to and nobody else. */
  origin: string;
  /** Asks the background for this tab's ticket; the frame asks for the same one and compares. */
  ticket(): Promise<string>;
  onMessage(message: FromFrame): void;
}

/**
 * The popover's extension frame (see `ExtensionFrame`), sized to the card it renders and shown only while a card
 * is open. A reloaded frame has lost its card, so the popover closes.
 */
export class FrameHost {
  readonly #frame: ExtensionFrame<ToFrame>;

  constructor(private readonly options: FrameHostOptions) {
    const { onMessage, ...where } = options;
    this.#frame = new ExtensionFrame<ToFrame>({
      ...where,
      title: 'Fact Linker',
      styles: CARD_FRAME_STYLES,
      onMessage: (data) => {
        const message = readPortMessage(fromFrameSchema, data);
        if (message) onMessage(message);
      },
      onReload: () => onMessage({ type: 'close' }),
    });
    this.reset();
  }

  /** The page's element of ours: focus inside the card is focus on it, as the page sees it. */
  get host(): HTMLElement {
    return this.#frame.host;
  }

  /** The iframe, which placement positions and keyboard opening focuses. */
  get frame(): HTMLIFrameElement {
    return this.#frame.frame;
  }

  /** Sends a message once the frame is connected (queued until then). */
  send(message: ToFrame): void {
    this.#frame.send(message);
  }

  /** Sizes the frame in CSS pixels, margin included. */
  resize(width: number, height: number): void {
    this.frame.style.width = `${Math.ceil(width)}px`;
    this.frame.style.height = `${Math.ceil(height)}px`;
  }

  /** Makes the frame roomy again before a new card is measured. */
  reset(): void {
    this.resize(ROOMY.width, ROOMY.height);
  }

  /** Shows or hides the frame without unloading it. */
  setShown(shown: boolean): void {
    this.frame.classList.toggle('fl-shown', shown);
  }

  /** Whether focus is inside our UI (the page sees focus in the frame as focus on the host). */
  hasFocus(): boolean {
    return this.options.doc.activeElement === this.host;
  }

  /** Takes the host back out of the page and closes the port. */
  destroy(): void {
    this.#frame.destroy();
  }
}
