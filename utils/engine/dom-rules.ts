import type { Tree } from './walk-hooks';

/**
 * Tags that start or end a text block. A static list rather than getComputedStyle: reading style per element
 * forces style work on every node of a large page, while real pages almost always mark paragraphs, list items,
 * cells and headings with these tags. A `display:block` span therefore does not split a block, which at worst
 * joins two words (the matcher's word-boundary check keeps that from producing a false hit).
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  [
    'html body main article section nav aside header footer address hgroup p div blockquote figure figcaption',
    'details summary dialog form fieldset legend center h1 h2 h3 h4 h5 h6 ul ol li dl dt dd menu dir',
    'table caption thead tbody tfoot tr td th br hr pre',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Tags whose text is not prose a reader would want annotated: metadata, code, form controls and buttons
 * (a highlight there would fight the control's own click), embedded and vector content, ruby annotations.
 * `aria-hidden` is not skipped: it hides text from assistive technology, not from the eyes highlights are for.
 */
const SKIP_TAGS: ReadonlySet<string> = new Set([
  ...'head title script style noscript template code kbd samp pre'.split(' '),
  ...'textarea input select option optgroup datalist button'.split(' '),
  ...'svg math iframe frame object embed canvas video audio rt rp'.split(' '),
]);

/** Whether a tag may hold prose: not metadata, code, a control, embedded or vector content (`SKIP_TAGS`). */
export function readableTag(name: string): boolean {
  return !SKIP_TAGS.has(name);
}

/** ARIA roles of site chrome: menus and the page-wide banner and footer. */
const CHROME_ROLES: ReadonlySet<string> = new Set(['navigation', 'menubar', 'menu', 'banner', 'contentinfo']);

/**
 * Whether an element is site chrome rather than the article: menus, edition switchers and page-wide headers and
 * footers repeat names from other stories (in the corpus review, a third of all false positives came from them).
 * A header or footer inside an article or the main content is the article's own and is read.
 */
function isSiteChrome(el: Element): boolean {
  const name = el.localName;
  if (name === 'nav' || CHROME_ROLES.has(el.getAttribute('role') ?? '')) return true;
  return (
    (name === 'header' || name === 'footer') && !el.parentElement?.closest('article, main, [role="main"]')
  );
}

/**
 * Every element whose attributes may keep a walk out (`skippedByAttributes`), and some they do not: articles'
 * headers, other roles. Any role rather than the five: a list of attribute values made Chromium's query twice as
 * slow (1.5 against 0.7 ms on wikipedia-2.html), and pages give few elements a role.
 */
const ATTRIBUTE_SKIP_CANDIDATES = 'nav,header,footer,[role],[hidden]';

/** Whether markup keeps a walk out of an element whatever its tag: `hidden`, or site chrome. */
function skippedByMarkup(el: Element): boolean {
  return el.hasAttribute('hidden') || isSiteChrome(el);
}

/**
 * The elements in a tree or under an element (itself included) that a walk does not enter for their attributes:
 * `hidden` ones and site chrome, found by one query instead of reading each element's attributes (a call into the
 * browser per element and attribute). Menus and page-wide headers and footers hold a seventh of the nodes of the
 * 12 largest corpus pages (median; half of nytimes-3.html).
 */
export function skippedByAttributes(root: Element | Tree): Set<Element> {
  const found = new Set<Element>();
  if (root.nodeType === Node.ELEMENT_NODE && skippedByMarkup(root as Element)) found.add(root as Element);
  for (const el of root.querySelectorAll(ATTRIBUTE_SKIP_CANDIDATES)) if (skippedByMarkup(el)) found.add(el);
  return found;
}

/**
 * Decides whether an element's subtree may hold readable text. The style-dependent part (checkVisibility, which
 * catches `display: none` set by stylesheets) is asked once per element per slice of work, at element boundaries
 * only: text nodes are never checked, and the cache is reset each slice so an element shown later is not
 * remembered as hidden. Measured in Chromium 156 on a 5 MB page: 40 000 calls take 8–21 ms in all, with style
 * up to date, spread over the scan's slices.
 */
export class ElementRules {
  #cache = new WeakMap<Element, boolean>();

  /** Forgets every answer, for the next slice of work. */
  reset(): void {
    this.#cache = new WeakMap();
  }

  /** False for skipped tags, our UI host, site chrome, `hidden`, editable regions and elements without a box. */
  readable(el: Element): boolean {
    let answer = this.#cache.get(el);
    if (answer === undefined) {
      answer =
        readableTag(el.localName) &&
        !skippedByMarkup(el) &&
        !(el as HTMLElement).isContentEditable &&
        this.visible(el);
      this.#cache.set(el, answer);
    }
    return answer;
  }

  /** Whether the page shows an element: no box means nothing to read, except `display: contents`, boxless by design. */
  visible(el: Element): boolean {
    if (typeof el.checkVisibility !== 'function' || el.checkVisibility()) return true;
    return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
  }

  /** True when a node or any ancestor (across shadow roots) is unreadable: for nodes reached without a walk. */
  excluded(node: Node): boolean {
    for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      if (n.nodeType === Node.ELEMENT_NODE && !this.readable(n as Element)) return true;
    }
    return false;
  }
}

/** The block a node's text belongs to: its nearest block-tag ancestor (inclusive), else its shadow root or document. */
export function containerOf(node: Node): Node {
  let n = node;
  while (n.nodeType !== Node.ELEMENT_NODE || !BLOCK_TAGS.has((n as Element).localName)) {
    if (!n.parentNode) return n;
    n = n.parentNode;
  }
  return n;
}
