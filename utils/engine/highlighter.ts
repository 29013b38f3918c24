import type { Family } from '@/utils/model';
import type { HighlightStyle } from '@/utils/settings';
import { browserEnv, HIGHLIGHT_NAMES, type HighlightEnv, type HighlightLike } from './highlight-env';
import { highlightStyles, MANIFEST_LOOK } from './highlight-styles';
import { reachable } from './reachable';
import type { Tree } from './walk-hooks';

/** A range to paint and the family whose style it takes. */
export interface Mark {
  range: AbstractRange;
  family: Family;
}

/** A container's marks and the document they are painted in, kept so they can be taken back without touching it. */
interface Painted {
  doc: Document;
  marks: Mark[];
}

interface DocPaint {
  env: HighlightEnv;
  highlights: Record<Family, HighlightLike>;
  sheet: CSSStyleSheet;
  trees: Set<Tree>;
  /** How many containers it holds marks of. */
  keys: number;
}

/**
 * Paints marks with the CSS Custom Highlight API, keyed by container so a re-read block replaces its marks and a
 * removed one drops them. The page's default look comes from the manifest's stylesheet; other looks, shadow roots
 * and frames get an adopted sheet, which is not a DOM mutation: the page's DOM and MutationObservers see nothing.
 * A document that is gone (./reachable.ts) is forgotten as soon as it is met: its highlights went with it.
 */
export class Highlighter {
  readonly #docs = new Map<Document, DocPaint | null>();
  readonly #marks = new Map<Node, Painted>();
  #style: HighlightStyle = MANIFEST_LOOK;

  /**
   * @param styledDoc a document that already has the default look from the manifest's stylesheet: it gets an
   *   adopted sheet only for another look, so the default costs no style recalculation.
   */
  constructor(
    private readonly envOf: (doc: Document) => HighlightEnv | null = browserEnv,
    private readonly styledDoc: Document | null = null,
  ) {}

  /** Replaces a container's marks. */
  set(key: Node, marks: readonly Mark[]): void {
    this.delete(key);
    const doc = key.ownerDocument ?? (key as Document);
    const paint = marks.length > 0 ? this.#paint(doc) : null;
    if (!paint) return;
    const tree = key.getRootNode();
    const isTree = tree.nodeType === Node.DOCUMENT_NODE || tree.nodeType === Node.DOCUMENT_FRAGMENT_NODE;
    if (isTree && !paint.trees.has(tree as Tree)) {
      paint.trees.add(tree as Tree);
      this.#sync(paint, tree as Tree);
    }
    for (const mark of marks) paint.highlights[mark.family].add(mark.range);
    paint.keys++;
    this.#marks.set(key, { doc, marks: [...marks] });
  }

  /** Restyles every painted document at once, as the reader picks another look in the settings. */
  setStyle(style: HighlightStyle): void {
    this.#style = style;
    for (const paint of this.#reachable()) {
      paint.sheet.replaceSync(highlightStyles(style));
      for (const tree of paint.trees) this.#sync(paint, tree);
    }
  }

  /**
   * Drops a container's marks. A document no window shows any more (a removed frame's, or one its frame navigated
   * away from) is forgotten with its last mark, so it is not kept alive by its paint.
   */
  delete(key: Node): void {
    const painted = this.#marks.get(key);
    if (!painted) return;
    this.#marks.delete(key);
    const paint = this.#docs.get(painted.doc);
    if (!paint) return;
    if (!reachable(painted.doc)) {
      this.#docs.delete(painted.doc);
      return;
    }
    for (const mark of painted.marks) paint.highlights[mark.family].delete(mark.range);
    paint.keys--;
    if (paint.keys === 0 && painted.doc.defaultView === null) this.#docs.delete(painted.doc);
  }

  /** Unregisters our highlights (unless a newer instance replaced them) and takes our sheet back out. */
  destroy(): void {
    for (const paint of this.#reachable()) {
      for (const family of Object.keys(HIGHLIGHT_NAMES) as Family[]) {
        const name = HIGHLIGHT_NAMES[family];
        if (paint.env.registry.get(name) === paint.highlights[family]) paint.env.registry.delete(name);
      }
      for (const tree of paint.trees) {
        tree.adoptedStyleSheets = tree.adoptedStyleSheets.filter((sheet) => sheet !== paint.sheet);
      }
    }
    this.#docs.clear();
    this.#marks.clear();
  }

  /** The paints of documents still there; those of documents gone are dropped untouched. */
  #reachable(): DocPaint[] {
    for (const doc of [...this.#docs.keys()]) if (!reachable(doc)) this.#docs.delete(doc);
    return [...this.#docs.values()].filter((paint) => paint !== null);
  }

  #paint(doc: Document): DocPaint | null {
    if (this.#docs.has(doc)) return this.#docs.get(doc) ?? null;
    const env = this.envOf(doc);
    let paint: DocPaint | null = null;
    if (env) {
      const highlights = { actor: env.createHighlight(), proposal: env.createHighlight() };
      env.registry.set(HIGHLIGHT_NAMES.actor, highlights.actor);
      env.registry.set(HIGHLIGHT_NAMES.proposal, highlights.proposal);
      const sheet = env.createSheet();
      sheet.replaceSync(highlightStyles(this.#style));
      paint = { env, highlights, sheet, trees: new Set(), keys: 0 };
    }
    this.#docs.set(doc, paint);
    return paint;
  }

  /** Adopts our sheet into a tree that needs it, or takes it out of one the manifest's default now covers. */
  #sync(paint: DocPaint, tree: Tree): void {
    const wanted = tree !== this.styledDoc || this.#style !== MANIFEST_LOOK;
    const adopted = tree.adoptedStyleSheets.includes(paint.sheet);
    if (wanted && !adopted) tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, paint.sheet];
    if (!wanted && adopted)
      tree.adoptedStyleSheets = tree.adoptedStyleSheets.filter((s) => s !== paint.sheet);
  }
}
