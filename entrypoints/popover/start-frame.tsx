import { render } from 'preact';
import { PopoverCard } from '@/components/popover/popover-card';
import { call } from '@/utils/protocol/call';
import { type FromFrame, readPortMessage, type ToFrame, toFrameSchema } from '@/utils/protocol/frame-channel';
import { warn } from '@/utils/warn';
import { wantedSize } from './card-size';
import { trapFocus } from './trap-focus';

/**
 * The popover frame's shell: renders each card the content script sends, tells it the size the card wants and
 * what the reader does inside (keys and clicks pin, pointer moves keep it open, Escape and the close button
 * close), and opens the editor itself, since only this extension page may ask for that.
 */
export function startFrame(doc: Document, port: MessagePort): void {
  const win = doc.defaultView!;
  const dialog = doc.getElementById('card')!;
  const send = (message: FromFrame): void => port.postMessage(message);
  const close = (): void => send({ type: 'close' });
  const card = (): HTMLElement | null => dialog.querySelector<HTMLElement>('.fl-popover');
  let seq = 0;

  const show = (message: ToFrame & { type: 'render' }): void => {
    seq = message.seq;
    const headingId = `fl-heading-${seq}`;
    dialog.setAttribute('aria-labelledby', headingId);
    render(
      <PopoverCard
        card={message.card}
        matchedAlias={message.matchedAlias}
        headingId={headingId}
        onEdit={(entryId) => void call('ui.openEditor', { entryId }).catch(warn)}
        onClose={close}
      />,
      dialog,
    );
    dialog.hidden = false;
    dialog.dataset.state = 'rendered';
    const element = card();
    if (element) send({ type: 'size', seq, ...wantedSize(element) });
  };

  port.onmessage = (event) => {
    const message = readPortMessage(toFrameSchema, event.data);
    if (message?.type === 'render') show(message);
    else if (message?.type === 'shown') {
      dialog.dataset.state = 'shown';
      if (message.focus) dialog.focus({ preventScroll: true });
    } else if (message?.type === 'hide') {
      dialog.hidden = true;
      delete dialog.dataset.state;
      render(null, dialog);
    }
  };

  new ResizeObserver(() => {
    const element = card();
    if (element && !dialog.hidden) send({ type: 'size', seq, ...wantedSize(element) });
  }).observe(dialog);

  let moved = 0;
  doc.addEventListener('pointermove', () => {
    if (moved !== 0) return;
    moved = win.requestAnimationFrame(() => {
      moved = 0;
    });
    send({ type: 'inside' });
  });
  doc.addEventListener('pointerdown', () => send({ type: 'pin' }));
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
      return;
    }
    send({ type: 'pin' });
    if (event.key === 'Tab') trapFocus(dialog, event);
  });
  port.start();
}
