import type { Family } from '@/utils/model';

/** The part of a `Highlight` we use. */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
}

/** What painting needs from one document's realm; tests pass fakes, since happy-dom has no CSS.highlights. */
export interface HighlightEnv {
  registry: {
    get(name: string): unknown;
    set(name: string, highlight: HighlightLike): unknown;
    delete(name: string): boolean;
  };
  createHighlight(): HighlightLike;
  createSheet(): CSSStyleSheet;
}

/** Registry names, one per family, as the stylesheet and the popover's hit test refer to them. */
export const HIGHLIGHT_NAMES: Readonly<Record<Family, string>> = {
  actor: 'fact-linker-actor',
  proposal: 'fact-linker-proposal',
};

/** The real environment of a document (a same-origin frame has its own registry and sheet constructor), or null. */
export function browserEnv(doc: Document): HighlightEnv | null {
  const win = doc.defaultView;
  if (!win?.CSS?.highlights || typeof win.Highlight !== 'function') return null;
  return {
    registry: win.CSS.highlights,
    createHighlight: () => new win.Highlight(),
    createSheet: () => new win.CSSStyleSheet(),
  };
}
