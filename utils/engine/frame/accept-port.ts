import { handshakeSchema, readPortMessage } from '@/utils/protocol/frame-channel';

/**
 * Waits for our content script's MessagePort: the first message on this window that carries the ticket the
 * background gave this tab. The page cannot reach this frame (it sits in a closed shadow root and is not in
 * `window.frames`), and the ticket makes sure that anything else that ever does is ignored.
 */
export function acceptPort(win: Window, ticket: Promise<string>): Promise<MessagePort> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent): void => {
      const hello = readPortMessage(handshakeSchema, event.data);
      const port = event.ports[0];
      if (!hello || !port) return;
      ticket.then((expected) => {
        if (hello.ticket !== expected) return;
        win.removeEventListener('message', listener);
        resolve(port);
      });
    };
    win.addEventListener('message', listener);
  });
}
