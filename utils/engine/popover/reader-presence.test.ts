import { describe, expect, it } from 'vitest';
import { readerPresence } from './reader-presence';

// A trusted event cannot be made outside a browser: that the first real input starts the popover is proven in the
// browsers (tests/e2e/lazy-popover.e2e.ts). Here: what must not count.
describe('readerPresence', () => {
  it('takes no input a page script dispatches for a reader', () => {
    const presence = readerPresence(window, new AbortController().signal);
    let heard = 0;
    presence.whenPresent(() => heard++, new AbortController().signal);
    window.dispatchEvent(new PointerEvent('pointermove', { clientX: 5, clientY: 5 }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    window.dispatchEvent(new WheelEvent('wheel', { deltaY: 10 }));
    expect(heard).toBe(0);
  });

  it('calls nobody whose signal aborted, and listens no more once its own signal aborts', () => {
    const lifetime = new AbortController();
    const added: string[] = [];
    const removed: string[] = [];
    const win = {
      addEventListener: (type: string, _listener: unknown, options: AddEventListenerOptions) => {
        added.push(type);
        options.signal?.addEventListener('abort', () => removed.push(type));
      },
    } as unknown as Window;
    const presence = readerPresence(win, lifetime.signal);
    const gone = new AbortController();
    gone.abort();
    let heard = 0;
    presence.whenPresent(() => heard++, gone.signal);
    lifetime.abort();
    expect(heard).toBe(0);
    expect(added).toEqual(['pointermove', 'pointerdown', 'keydown', 'wheel']);
    expect(removed).toEqual(added);
  });
});
