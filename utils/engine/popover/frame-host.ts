import {
  CARD_MAX,
  FRAME_MARGIN,
  type FromFrame,
  fromFrameSchema,
  readPortMessage,
  type ToFrame,
} from '@/utils/protocol/frame-channel';
import { markOwnUi } from '../own-ui';

/** The frame's size before a card has told it what it wants: room for the widest and tallest card. */
const ROOMY = { width: CARD_MAX.width + 2 * FRAME_MARGIN, height: CARD_MAX.height + 2 * FRAME_MARGIN };

/** Keeps the host out of the page's layout and immune to page CSS (shadow `!important` beats the page's). */
const HOST_STYLES = `:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  display: block !important;
  visibility: visible !important;
}
iframe { position: fixed; top: 0; left: 0; border: 0; margin: 0; padding: 0; background: transparent;
  color-scheme: normal; visibility: hidden; pointer-events: none; }
iframe.fl-shown { visibility: visible; pointer-events: auto; }
`;

/** Where the frame lives and how it proves who it talks to. */
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
 * Fact Linker's one element on a page: a plain `<div>` (a page can register no class for it, unlike a custom
 * element) whose closed shadow root holds an extension-origin frame that renders the card. The page cannot read,
 * select, find or click into the frame; the content script talks to it over a private MessagePort.
 */
export class FrameHost {
  readonly host: HTMLElement;
  readonly frame: HTMLIFrameElement;
  #port: MessagePort | null = null;
  #queued: ToFrame[] = [];

  constructor(private readonly options: FrameHostOptions) {
    const { doc, url } = options;
    this.host = markOwnUi(doc.createElement('div'));
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = HOST_STYLES;
    this.frame = doc.createElement('iframe');
    this.frame.title = 'Fact Linker';
    this.resize(ROOMY.width, ROOMY.height);
    this.frame.addEventListener('load', () => this.#connect());
    this.frame.src = url;
    root.append(style, this.frame);
    doc.documentElement.append(this.host);
  }

  /** Sends a message once the frame is connected (queued until then; a reloaded frame gets the latest again). */
  send(message: ToFrame): void {
    if (this.#port) this.#port.postMessage(message);
    else this.#queued = [message];
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
    this.#port?.close();
    this.#port = null;
    this.host.remove();
  }

  #connect(): void {
    // A second load means the page moved or reloaded our frame: the card it held is gone, so the popover closes.
    if (this.#port) this.options.onMessage({ type: 'close' });
    this.#port?.close();
    this.#port = null;
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => {
      const message = readPortMessage(fromFrameSchema, event.data);
      if (message) this.options.onMessage(message);
    };
    this.options.ticket().then(
      (ticket) => {
        this.frame.contentWindow?.postMessage({ type: 'fact-linker.port', ticket }, this.options.origin, [
          channel.port2,
        ]);
        this.#port = channel.port1;
        for (const message of this.#queued.splice(0)) channel.port1.postMessage(message);
      },
      (error) => console.warn('Fact Linker:', error),
    );
  }
}
