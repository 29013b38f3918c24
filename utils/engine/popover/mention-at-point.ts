import { HIGHLIGHT_NAMES } from '../highlight-env';
import type { PageMention } from '../page-mentions';
import type { MentionIndex } from './mention-index';

interface HighlightRegistryWithHitTest {
  get(name: string): unknown;
  highlightsFromPoint?(x: number, y: number): { highlight: unknown }[];
}

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/**
 * Whether one of our highlights is painted at a viewport point; true when the browser cannot tell, or when our
 * highlights are not in the registry at all (private highlights paint from our own frame).
 */
function ourHighlightAt(doc: Document, x: number, y: number): boolean {
  const registry = doc.defaultView?.CSS?.highlights as HighlightRegistryWithHitTest | undefined;
  if (!registry?.highlightsFromPoint) return true;
  const ours: unknown[] = Object.values(HIGHLIGHT_NAMES)
    .map((name) => registry.get(name))
    .filter((highlight) => highlight !== undefined);
  if (ours.length === 0) return true;
  return registry.highlightsFromPoint(x, y).some((hit) => ours.includes(hit.highlight));
}

/** The text node and offset under a viewport point, or null. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const caretDoc = doc as Document & CaretDocument;
  if (caretDoc.caretPositionFromPoint) {
    const position = caretDoc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = caretDoc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * The mention painted at a viewport point: the highlight hit test is a cheap early exit for the common case of
 * the pointer over anything else, then the caret position picks the range through the per-node index.
 */
export function mentionAtPoint(doc: Document, index: MentionIndex, x: number, y: number): PageMention | null {
  if (index.all.length === 0 || !ourHighlightAt(doc, x, y)) return null;
  const caret = caretAt(doc, x, y);
  return caret ? index.at(caret.node, caret.offset) : null;
}
