import { warn } from '@/utils/warn';
import { markOwnUi } from '../own-ui';

/** Keeps a host out of the page's layout and immune to page CSS (shadow `!important` beats the page's). */
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
  color-scheme: normal; }
`;

/** Where an extension frame lives, what it looks like and how it proves who it talks to. */
export interface ExtensionFrameOptions {
  doc: Document;
  /** The frame page's address (the per-session dynamic one where the browser has it). */
  url: string;
  /** The origin the frame's document really has, which the port is posted to and nobody else. */
  origin: string;
  /** Asks the background for this tab's ticket; the frame asks for the same one and compares. */
  ticket(): Promise<string>;
  /** The iframe's accessible title. */
  title: string;
  /** Extra rules for the iframe inside the closed root. */
  styles: string;
  /** Every message the frame posts on the port, unchecked: the owner validates it against its own schema. */
  onMessage(data: unknown): void;
  /** The frame loaded again (the page moved or reloaded it): what it showed is gone. */
  onReload(): void;
}

/**
 * One of Fact Linker's elements on a page: a plain `<div>` (a page can register no class for it, unlike a custom
 * element) whose closed shadow root holds an extension-origin frame. The page cannot read, select, find or click
 * into the frame; the content script talks to it over a private MessagePort handed over with the tab's ticket.
 */
export class ExtensionFrame<ToFrame> {
  readonly host: HTMLElement;
  readonly frame: HTMLIFrameElement;
  #port: MessagePort | null = null;
  #queued: ToFrame[] = [];

  constructor(private readonly options: ExtensionFrameOptions) {
    const { doc, url } = options;
    this.host = markOwnUi(doc.createElement('div'));
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = HOST_STYLES + options.styles;
    this.frame = doc.createElement('iframe');
    this.frame.title = options.title;
    this.frame.addEventListener('load', () => this.#connect());
    this.frame.src = url;
    root.append(style, this.frame);
    doc.documentElement.append(this.host);
  }

  /** Sends a message once the frame is connected (until then only the latest is kept). */
  send(message: ToFrame): void {
    if (this.#port) this.#port.postMessage(message);
    else this.#queued = [message];
  }

  /** Takes the host back out of the page and closes the port. */
  destroy(): void {
    this.#port?.close();
    this.#port = null;
    this.host.remove();
  }

  #connect(): void {
    if (this.#port) this.options.onReload();
    this.#port?.close();
    this.#port = null;
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => this.options.onMessage(event.data);
    this.options.ticket().then((ticket) => {
      this.frame.contentWindow?.postMessage({ type: 'fact-linker.port', ticket }, this.options.origin, [
        channel.port2,
      ]);
      this.#port = channel.port1;
      for (const message of this.#queued.splice(0)) channel.port1.postMessage(message);
    }, warn);
  }
}
