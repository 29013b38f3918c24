import type { Box } from '@/utils/protocol/paint-channel';
import type { Mark } from '../highlighter';
import { reachable } from '../reachable';

/** The viewport the boxes are clipped to, in CSS pixels. */
export interface View {
  width: number;
  height: number;
}

interface Place {
  live: Range;
  dx: number;
  dy: number;
}

/** The document a mark is in, or null when it is gone (../reachable.ts): in Firefox reading it then throws. */
function documentOf(range: AbstractRange): Document | null {
  try {
    const doc = range.startContainer.ownerDocument;
    return doc && reachable(doc) ? doc : null;
  } catch {
    return null;
  }
}

/** Where a document's viewport sits in the top one: a same-origin frame's content box, frame within frame. */
function placeOf(doc: Document): Place {
  let dx = 0;
  let dy = 0;
  for (
    let frame = doc.defaultView?.frameElement;
    frame;
    frame = frame.ownerDocument.defaultView?.frameElement
  ) {
    const rect = frame.getBoundingClientRect();
    dx += rect.left + frame.clientLeft;
    dy += rect.top + frame.clientTop;
  }
  return { live: doc.createRange(), dx, dy };
}

/**
 * The line boxes of each mark that show in the top viewport, in its coordinates, for the paint frame to draw
 * (marks in same-origin frames are shifted by where their frame sits). One live range per document is reused for
 * every measure; a mark whose nodes changed under it since it was found (a `StaticRange` does not follow
 * mutations) is skipped, as the scanner repaints its container anyway, and so is one whose document is gone until
 * the scanner drops it.
 */
export function markBoxes(marks: Iterable<Mark>, view: View): Box[] {
  const places = new Map<Document, Place>();
  const boxes: Box[] = [];
  for (const { range, family } of marks) {
    const doc = documentOf(range);
    if (!doc) continue;
    let place = places.get(doc);
    if (!place) {
      place = placeOf(doc);
      places.set(doc, place);
    }
    try {
      place.live.setStart(range.startContainer, range.startOffset);
      place.live.setEnd(range.endContainer, range.endOffset);
    } catch {
      continue;
    }
    const kind = family === 'actor' ? 0 : 1;
    for (const rect of place.live.getClientRects()) {
      const left = rect.left + place.dx;
      const top = rect.top + place.dy;
      if (rect.width <= 0 || rect.height <= 0) continue;
      if (top + rect.height <= 0 || left + rect.width <= 0 || top >= view.height || left >= view.width)
        continue;
      boxes.push([left, top, rect.width, rect.height, kind]);
    }
  }
  return boxes;
}
