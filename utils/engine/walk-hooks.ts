/** A tree with its own MutationObserver scope and style scope: a document or an open shadow root. */
export type Tree = Document | ShadowRoot;

/**
 * What a walk reports besides containers, and what it asks: trees it enters, which document to read in each frame
 * it meets (null: none; without the hook, that of a frame the page shows), and being cut off by the page removing
 * its position.
 */
export interface WalkHooks {
  onTree?(tree: Tree): void;
  readFrame?(frame: Element): Document | null;
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
