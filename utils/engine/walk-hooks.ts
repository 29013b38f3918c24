/** A tree with its own MutationObserver scope and style scope: a document or an open shadow root. */
export type Tree = Document | ShadowRoot;

/**
 * What a walk reports besides containers, and what it asks: trees it enters, which document to read in each frame
 * it meets (null: none; without the hook, that of a frame the page shows), where to go on after a stretch of text
 * (`skipFrom`, ./far-tails.ts: undefined to go on as usual, null to stop), and being cut off by the page removing
 * its position.
 */
export interface WalkHooks {
  onTree?(tree: Tree): void;
  readFrame?(frame: Element): Document | null;
  skipFrom?(at: Node, root: Node): Node | null | undefined;
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

/** The elements DOM lets carry a shadow root besides custom elements: `attachShadow` throws on any other. */
const SHADOW_HOSTS: ReadonlySet<string> = new Set(
  'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(' '),
);

/**
 * An element's open shadow root, asking the browser only of elements that may have one: links, list items, cells
 * and images cannot, and a walk saves a call into the browser on each. A walk that has read the name passes it.
 */
export function openShadowRoot(el: Element, name = el.localName): ShadowRoot | null {
  return SHADOW_HOSTS.has(name) || name.includes('-') ? el.shadowRoot : null;
}
