/**
 * The text of consecutive text nodes with no block boundary between them, so `<b>Keir</b> Starmer` reads as one
 * string (./block-reader.ts reads them); `starts[i]` is where `nodes[i]` begins in `text`, to map matcher offsets
 * back to the DOM.
 */
export interface TextBlock {
  text: string;
  nodes: Text[];
  starts: number[];
}

/** A point in the DOM a range can start or end at. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** The node after `node` and its subtree in document order, without leaving `root`; null at the end. */
export function nextOutside(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/**
 * Maps an offset in a block's text back to a text node by binary search. A start offset on a node boundary
 * resolves to the start of the next node, an end offset to the end of the previous one, so a range never
 * spans an empty edge.
 */
export function locate(block: TextBlock, offset: number, side: 'start' | 'end'): DomPoint {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid]!;
    if (start < offset || (side === 'start' && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo]!, offset: offset - starts[lo]! };
}

/** A range over `[start, end)` of a block: a StaticRange where the browser has one (no cost on later DOM edits). */
export function rangeOf(block: TextBlock, start: number, end: number): AbstractRange {
  const from = locate(block, start, 'start');
  const to = locate(block, end, 'end');
  const doc = from.node.ownerDocument;
  const StaticRangeCtor = doc.defaultView?.StaticRange;
  if (StaticRangeCtor) {
    return new StaticRangeCtor({
      startContainer: from.node,
      startOffset: from.offset,
      endContainer: to.node,
      endOffset: to.offset,
    });
  }
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
