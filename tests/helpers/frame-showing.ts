/**
 * A `<frame>` element whose contentDocument is whatever `doc()` returns, standing in for a frame: happy-dom loads
 * no frame pages (and complains when an iframe is connected), so the document is attached by hand; null stands for
 * a cross-origin document, out of reach.
 */
export function frameShowing(doc: () => Document | null): HTMLElement {
  const frame = document.createElement('frame');
  Object.defineProperty(frame, 'contentDocument', { get: doc });
  return frame;
}

/** A load event as the browser sends it (happy-dom marks every event untrusted). */
export function trustedLoad(): Event {
  return Object.defineProperty(new Event('load'), 'isTrusted', { value: true });
}
