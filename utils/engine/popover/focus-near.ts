/** What a focusable ancestor of a mention can be: the controls and links a reader reaches with Tab. */
const FOCUSABLE =
  'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/**
 * Gives keyboard focus back at a mention when a card opened by keyboard closes, so the reader carries on from where
 * the card was, not from wherever focus sat before (often the page's top navigation). A mention inside a link or
 * control focuses that element; elsewhere focus leaves our frame for the page and the mention's text becomes the
 * selection, which the browsers take as the starting point of the next Tab and which shows where the reader is.
 */
export function focusNearMention(doc: Document, mention: AbstractRange): void {
  const start = mention.startContainer;
  const element = start instanceof doc.defaultView!.Element ? start : start.parentElement;
  const control = element?.closest<HTMLElement>(FOCUSABLE);
  if (control) {
    control.focus({ preventScroll: true });
    return;
  }
  (doc.activeElement as HTMLElement | null)?.blur();
  const range = doc.createRange();
  range.setStart(mention.startContainer, mention.startOffset);
  range.setEnd(mention.endContainer, mention.endOffset);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
