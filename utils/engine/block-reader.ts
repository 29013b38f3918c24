import { BLOCK_TAGS, type ElementRules } from './dom-rules';
import { nextOutside, type TextBlock } from './text-blocks';

/**
 * Nodes a read takes in one stretch before the idle loop may end its slice: a container of thousands of inline
 * elements (a list of 3,800 linked names in one paragraph, archive-of-our-own.html) took 40–90 ms to read at once.
 */
export const READ_STRETCH = 512;

/**
 * Reads the blocks a container owns, in stretches of nodes: its text and that of its inline descendants, so
 * `<b>Keir</b> Starmer` reads as one block. Nested block elements end the current block and are not entered (they
 * are containers of their own), nor are shadow roots or frames. A hand-written walk rather than a TreeWalker: a
 * TreeWalker's filter is a call from the engine into script for every node, and creating one per container was
 * itself a measurable share of a large page's scan. Between stretches the page may change the container: the scanner
 * reads a container it was told changed again, after this read.
 */
export class BlockReader {
  /** The blocks read so far; complete once `read` has returned true. */
  readonly blocks: TextBlock[] = [];
  #current: TextBlock = { text: '', nodes: [], starts: [] };
  #boundary = false;
  #node: Node | null;

  constructor(
    readonly container: Node,
    private readonly rules: ElementRules,
  ) {
    this.#node = container.firstChild;
  }

  /** Reads up to `stretch` more nodes; true once the whole container is read, after which it is not called again. */
  read(stretch = READ_STRETCH): boolean {
    const { container, rules } = this;
    let node = this.#node;
    let current = this.#current;
    let boundary = this.#boundary;
    for (let left = stretch; node && left > 0; left--) {
      let enter = false;
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node as Text;
        if (text.data !== '') {
          if (boundary && current.nodes.length > 0) {
            this.blocks.push(current);
            current = { text: '', nodes: [], starts: [] };
          }
          boundary = false;
          current.starts.push(current.text.length);
          current.nodes.push(text);
          current.text += text.data;
        }
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        if (BLOCK_TAGS.has(el.localName)) boundary = true;
        else enter = rules.readable(el);
      }
      node = enter && node.firstChild ? node.firstChild : nextOutside(node, container);
    }
    this.#node = node;
    this.#current = current;
    this.#boundary = boundary;
    if (node) return false;
    if (current.nodes.length > 0) this.blocks.push(current);
    return true;
  }
}
