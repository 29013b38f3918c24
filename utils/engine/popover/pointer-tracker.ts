import type { PageMention } from '../page-mentions';
import type { HoverIntent } from './hover-intent';
import { mentionAtPoint } from './mention-at-point';
import type { MentionIndex } from './mention-index';
import type { PointerSpot } from './resting-pointer';

/**
 * What the tracker feeds and asks: the hover state machine and the mentions. Input inside the popover never
 * reaches the page (the card is in its own frame), so the frame reports it instead.
 */
export interface PointerTrackerOptions {
  doc: Document;
  intent: HoverIntent<PageMention>;
  index: MentionIndex;
  signal: AbortSignal;
  /** Where the pointer rested before tracking began, if anyone noted it (`restingPointer`). */
  resting?: PointerSpot | null;
}

/**
 * Turns the reader's pointer input into hover-intent events (events a page script dispatches, `isTrusted` false,
 * are ignored, so a page cannot open, pin or close our popover): one hit test per animation frame however fast the pointer moves,
 * clicks that pin, taps that open (a tap on a mention inside a link shows the popover first, and the second tap
 * follows the link), and clicks outside that close. Returns a recheck of where the pointer last rested on the page,
 * for when the mentions change under it while no card is open: a reader who points at a name as it lights up gets
 * its card without moving again.
 */
export function trackPointer({
  doc,
  intent,
  index,
  signal,
  resting = null,
}: PointerTrackerOptions): () => void {
  const win = doc.defaultView!;
  const listen = { passive: true, capture: true, signal };
  let last: PointerSpot | null = resting && { ...resting };
  let frame = 0;
  let touch = false;

  const check = (): void => {
    frame = 0;
    if (last) intent.over(mentionAtPoint(doc, index, last.x, last.y), last.alt);
  };
  const schedule = (): void => {
    if (frame === 0) frame = win.requestAnimationFrame(check);
  };
  signal.addEventListener('abort', () => win.cancelAnimationFrame(frame), { once: true });

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (!event.isTrusted || event.pointerType === 'touch') return;
      last = { x: event.clientX, y: event.clientY, alt: event.altKey };
      schedule();
    },
    listen,
  );
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (!event.isTrusted) return;
      touch = event.pointerType === 'touch';
      if (intent.open && mentionAtPoint(doc, index, event.clientX, event.clientY) !== intent.open) {
        intent.close();
      }
    },
    listen,
  );
  doc.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      const mention = mentionAtPoint(doc, index, event.clientX, event.clientY);
      if (!mention) return;
      const first = intent.open !== mention;
      intent.click(mention);
      if (touch && first && (event.target as Element | null)?.closest?.('a[href]')) event.preventDefault();
    },
    { capture: true, signal },
  );
  const modifier = (event: KeyboardEvent): void => {
    if (!event.isTrusted || event.key !== 'Alt' || !last) return;
    last.alt = event.type === 'keydown';
    schedule();
  };
  doc.addEventListener('keydown', modifier, listen);
  doc.addEventListener('keyup', modifier, listen);
  return () => {
    if (last && !signal.aborted) schedule();
  };
}
