// Where a page script's walk stands in the layout, for ./far-tails.ts.
import { isBlank } from '@/utils/matcher';

/**
 * Where a node's box starts and ends, in viewport pixels from the top, or null when it has none: an element's box,
 * a text node's characters (a range over them; collapsed white space between blocks has none).
 */
export type BoxOf = (node: Node) => { top: number; bottom: number } | null;

/** The layout's answer for `BoxOf`: what the page script asks in the browser. */
export function layoutBox(node: Node): { top: number; bottom: number } | null {
  let rect: DOMRect;
  if (node.nodeType === Node.ELEMENT_NODE) rect = (node as Element).getBoundingClientRect();
  else {
    const range = (node.ownerDocument as Document).createRange();
    range.selectNodeContents(node);
    rect = range.getBoundingClientRect();
  }
  return rect.width === 0 && rect.height === 0 ? null : rect;
}

/**
 * How far down a walk that has just read `at` stands: the top of `at`'s box, else the bottom of the nearest earlier
 * sibling element with a box (white space between blocks, hidden elements), else the top of its parent's.
 */
export function reachedAt(at: Node, root: Node, boxOf: BoxOf): number {
  let side: 'top' | 'bottom' = 'top';
  for (let n: Node | null = at; n && n !== root; ) {
    const box = boxOf(n);
    if (box) return box[side];
    const before: Element | null = (n as Element | CharacterData).previousElementSibling;
    side = before ? 'bottom' : 'top';
    n = before ?? n.parentNode;
  }
  return 0;
}

/** The top of the first of `first` and its later sibling elements with a box; 0 (near) when none has one. */
export function startOf(first: Element, boxOf: BoxOf): number {
  for (let el: Element | null = first; el; el = el.nextElementSibling) {
    const box = boxOf(el);
    if (box) return box.top;
  }
  return 0;
}

/** Whether `node` or a later sibling of it (all text) holds more than white space: a walk must read it. */
export function wordsFrom(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.nextSibling) if (!isBlank(n.textContent ?? '')) return true;
  return false;
}

/** The first element among `node` and its later siblings: where a tail can be watched. */
export function firstElement(node: Node): Element | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : (node as CharacterData).nextElementSibling;
}
