import { BLOCK_TAGS, type ElementRules } from './dom-rules';

/**
 * The text of consecutive text nodes with no block boundary between them, so `<b>Keir</b> Starmer` reads as one
 * string; `starts[i]` is where `nodes[i]` begins in `text`, to map matcher offsets back to the DOM.
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

/**
 * Reads the blocks a container owns: its text and that of its inline descendants. Nested block elements end
 * the current block and are not entered (they are containers of their own), nor are shadow roots or frames.
 */
export function readBlocks(container: Node, rules: ElementRules): TextBlock[] {
  const doc = container.ownerDocument ?? (container as Document);
  const blocks: TextBlock[] = [];
  let current: TextBlock = { text: '', nodes: [], starts: [] };
  let boundary = false;
  const walker = doc.createTreeWalker(container, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, (node) => {
    if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
    const el = node as Element;
    if (BLOCK_TAGS.has(el.localName)) {
      boundary = true;
      return NodeFilter.FILTER_REJECT;
    }
    return rules.readable(el) ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_REJECT;
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data === '') continue;
    if (boundary && current.nodes.length > 0) {
      blocks.push(current);
      current = { text: '', nodes: [], starts: [] };
    }
    boundary = false;
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
  }
  if (current.nodes.length > 0) blocks.push(current);
  return blocks;
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
