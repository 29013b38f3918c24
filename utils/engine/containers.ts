import { BLOCK_TAGS, type ElementRules } from './dom-rules';

/** A tree with its own MutationObserver scope and style scope: a document or an open shadow root. */
export type Tree = Document | ShadowRoot;

/**
 * What a walk reports besides containers: trees it enters, frames it meets (whose next document it has not read),
 * and being cut off by the page removing its position.
 */
export interface WalkHooks {
  onTree?(tree: Tree): void;
  onFrame?(frame: Element): void;
  onDetached?(): void;
}

/** The document of a same-origin frame, or null when it is cross-origin (access throws or yields null). */
export function frameDocument(el: Element): Document | null {
  try {
    return (el as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/** Containers an element contributes besides its descendants: itself when a block, its open shadow root, its frame. */
function* ownContainers(el: Element, rules: ElementRules, hooks: WalkHooks): Generator<Node> {
  if (isFrame(el)) {
    hooks.onFrame?.(el);
    const doc = rules.visible(el) ? frameDocument(el) : null;
    if (doc) yield* containersIn(doc, rules, hooks);
    return;
  }
  if (BLOCK_TAGS.has(el.localName)) yield el;
  if (el.shadowRoot) yield* containersIn(el.shadowRoot, rules, hooks);
}

/**
 * Yields, lazily and in reading order, every container in a subtree whose own blocks must be read: block
 * elements, open shadow roots and same-origin frame documents. Lazy so the scheduler can stop between any two
 * containers; a walk whose position the page removes stops and calls onDetached, since it can no longer go on.
 * Walked by hand (elements only, no TreeWalker filter calling into script per node), as in `readBlocks`.
 */
export function* containersIn(root: Node, rules: ElementRules, hooks: WalkHooks = {}): Generator<Node> {
  if (root.nodeType === Node.DOCUMENT_NODE || root.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
    hooks.onTree?.(root as Tree);
    yield root;
  } else if (root.nodeType === Node.ELEMENT_NODE) {
    const el = root as Element;
    if (!isFrame(el) && !rules.readable(el)) return;
    yield* ownContainers(el, rules, hooks);
  } else return;
  let node = (root as ParentNode).firstElementChild;
  while (node) {
    const frame = isFrame(node);
    const enter = frame || rules.readable(node);
    if (enter) {
      if (frame || node.shadowRoot) yield* ownContainers(node, rules, hooks);
      else if (BLOCK_TAGS.has(node.localName)) yield node;
      if (!node.isConnected) {
        if (root.isConnected) hooks.onDetached?.();
        return;
      }
    }
    node =
      enter && !frame && node.firstElementChild ? node.firstElementChild : nextElementOutside(node, root);
  }
}

function isFrame(el: Element): boolean {
  return el.localName === 'iframe' || el.localName === 'frame';
}

/** The element after `el` and its subtree in document order, without leaving `root`; null at the end. */
function nextElementOutside(el: Element, root: Node): Element | null {
  for (let n: Node | null = el; n && n !== root; n = n.parentNode) {
    const next = (n as Element).nextElementSibling;
    if (next) return next;
  }
  return null;
}
