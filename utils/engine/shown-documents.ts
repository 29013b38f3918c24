/**
 * Tells, within one sweep, whether a document is still part of the page: `root` itself, or shown by a frame that is
 * still in a document that is. A removed frame's document stays connected to itself, so `isConnected` alone kept its
 * mentions in the page's report and its marks in the highlighter (in Chromium, where nothing cuts the old document
 * off). Answers are kept per document for the one sweep.
 */
export function shownDocuments(root: Document): (doc: Document) => boolean {
  const known = new Map<Document, boolean>();
  const shown = (doc: Document): boolean => {
    if (doc === root) return true;
    let answer = known.get(doc);
    if (answer === undefined) {
      const frame = frameOf(doc);
      answer = frame?.isConnected === true && shown(frame.ownerDocument);
      known.set(doc, answer);
    }
    return answer;
  };
  return shown;
}

/** The frame element showing `doc`, or null when none does (or it cannot be reached). */
function frameOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}
