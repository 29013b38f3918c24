/** Event the e2e build fires on the document with each popover's open-to-rendered time in ms, for the benchmark. */
export const OPEN_TIMING_EVENT = 'fact-linker-e2e:popover-open';

/**
 * Measures from `start` (the hover delay elapsing) to the card being placed and shown, on the next frame.
 * Only the `e2e` build reports it, as a number on a document event the test page listens for.
 */
export function reportOpenTime(doc: Document, start: number): void {
  if (import.meta.env.MODE !== 'e2e') return;
  const win = doc.defaultView!;
  win.requestAnimationFrame(() => {
    const ms = win.performance.now() - start;
    doc.dispatchEvent(new CustomEvent(OPEN_TIMING_EVENT, { detail: ms }));
  });
}
