/** Where the reader's pointer rests on the page, and whether Alt was held as it got there. */
export interface PointerSpot {
  x: number;
  y: number;
  alt: boolean;
}

/**
 * Notes where the reader's mouse or pen last moved on the page (trusted moves only, as the pointer tracker takes
 * them), until `signal` aborts. The page script keeps it from document_start for the page's life, so a reader who
 * rests the pointer on a name before its card can open (before the settings arrive, the name is painted, or the
 * popover's code loads; or while Fact Linker is paused) gets the card without moving again. The listener is passive
 * and only writes three values.
 */
export function restingPointer(doc: Document, signal: AbortSignal): () => PointerSpot | null {
  let spot: PointerSpot | null = null;
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (!event.isTrusted || event.pointerType === 'touch') return;
      spot = { x: event.clientX, y: event.clientY, alt: event.altKey };
    },
    { passive: true, capture: true, signal },
  );
  return () => spot;
}
