/** A tree with its own MutationObserver scope and style scope: a document or an open shadow root. */
export type Tree = Document | ShadowRoot;

/**
 * What a walk reports besides containers: trees it enters, frames it meets (whose next document it has not read),
 * and being cut off by the page removing its position.
 */
export interface WalkHooks {
  onTree?(tree: Tree): void;
  onFrame?(frame: Element, read: Document | null): void;
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
