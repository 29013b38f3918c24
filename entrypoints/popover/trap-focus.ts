const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex="0"]';

/**
 * Keeps Tab inside the card while it is open: past the last control focus wraps to the first, and Shift+Tab
 * from the first (or from the card itself) wraps to the last, so a keyboard reader never lands in the page
 * with the card still open.
 */
export function trapFocus(dialog: HTMLElement, event: KeyboardEvent): void {
  const stops = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  const active = dialog.ownerDocument.activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
