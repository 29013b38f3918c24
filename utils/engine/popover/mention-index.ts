import type { PageMention } from '../page-mentions';

/**
 * The page's mentions in reading order, indexed by the text nodes they cover so the mention under a caret
 * position is found without scanning the page, plus a cursor for the next/previous-mention commands.
 */
export class MentionIndex {
  #list: readonly PageMention[] = [];
  #byNode = new Map<Node, PageMention[]>();
  #cursor: PageMention | null = null;

  /** Replaces the mentions, keeping the cursor on its mention if that one is still there. */
  set(mentions: readonly PageMention[]): void {
    this.#list = mentions;
    this.#byNode = new Map();
    for (const mention of mentions) {
      for (const node of textNodesOf(mention.range)) {
        const list = this.#byNode.get(node);
        if (list) list.push(mention);
        else this.#byNode.set(node, [mention]);
      }
    }
  }

  /** Every mention in reading order. */
  get all(): readonly PageMention[] {
    return this.#list;
  }

  /** The mention covering a caret position, or null. */
  at(node: Node, offset: number): PageMention | null {
    for (const mention of this.#byNode.get(node) ?? [])
      if (covers(mention.range, node, offset)) return mention;
    return null;
  }

  /** Moves the cursor to the next (1) or previous (-1) mention, wrapping at the ends; null when there are none. */
  step(direction: 1 | -1): PageMention | null {
    const count = this.#list.length;
    if (count === 0) return null;
    const at = this.#cursor ? this.#list.indexOf(this.#cursor) : -1;
    const next = at === -1 ? (direction === 1 ? 0 : count - 1) : (at + direction + count) % count;
    this.#cursor = this.#list[next] ?? null;
    return this.#cursor;
  }

  /** Moves the cursor to an entry's first mention; null when the entry is not on the page. */
  reveal(entry: number): PageMention | null {
    const found = this.#list.find((mention) => mention.entry === entry) ?? null;
    if (found) this.#cursor = found;
    return found;
  }

  /** Puts the cursor on a mention the reader opened by pointer, so the commands go on from there. */
  focus(mention: PageMention): void {
    this.#cursor = mention;
  }
}

/** The text nodes from a range's start to its end container, usually one or two (`<b>Keir</b> Starmer`). */
function textNodesOf(range: AbstractRange): Node[] {
  const { startContainer: start, endContainer: end } = range;
  if (start === end) return [start];
  const nodes: Node[] = [start];
  const walker = (start.ownerDocument ?? document).createTreeWalker(
    start.ownerDocument ?? start,
    NodeFilter.SHOW_TEXT,
  );
  walker.currentNode = start;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
    if (node === end) break;
  }
  return nodes;
}

/** Whether a caret position lies within a range; both ends count, as a caret at a word's end is still on it. */
function covers(range: AbstractRange, node: Node, offset: number): boolean {
  if (node === range.startContainer && offset < range.startOffset) return false;
  if (node === range.endContainer && offset > range.endOffset) return false;
  return true;
}
