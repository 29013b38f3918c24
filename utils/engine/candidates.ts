import type { Sieve } from '@/utils/matcher';
import { BLOCK_TAGS, containerOf, type ElementRules, readableTag, skippedByAttributes } from './dom-rules';
import { nextOutside } from './text-blocks';
import { frameDocument, openShadowRoot, type Tree, type WalkHooks } from './walk-hooks';

/** Text nodes fed to the sieve between two chances for the idle loop to stop (a `null` yield). */
const NODES_CHUNK = 128;

/**
 * Text nodes fed between two questions of where the walk stands (`skipFrom`): a screen holds a few dozen, so a walk
 * reads little past the near band before it knows it is there.
 */
const PLACE_EVERY = 32;

/**
 * Yields, in reading order, the containers whose text may hold a hit, and `null` every `NODES_CHUNK` text nodes so
 * the idle loop can stop between them: one pass over every text node through the matcher's sieve
 * (utils/matcher/sieve.ts) instead of reading every block whole. Once a container is kept, the rest of its text
 * is not sieved (its reader reads it all), and the sieve starts afresh after it: no hit spans two containers.
 * What markup alone excludes (skipped tags, `hidden`, site chrome) is not fed; what style or the page's layout
 * excludes is left to the reader of each container (`ElementRules.excluded`), asked only of the few yielded.
 * Enters open shadow roots and same-origin frames (those `readFrame` gives a document, else those the page shows),
 * reporting each tree it enters (`onTree`); a walk whose position the page removes stops and calls `onDetached`.
 * After each stretch of text nodes it may jump ahead (`skipFrom`, what lies far below left for later). A walk from
 * a tail (./far-tails.ts) reads its start and the start's later siblings only, with what markup keeps out of the
 * tree as found once for all the tails of a scan: one query of a large parent per tail cost more than the walk.
 */
export function* candidateContainers(
  root: Node,
  sieve: Sieve,
  rules: ElementRules,
  hooks: WalkHooks = {},
  tail: { start: Node; skipped: ReadonlySet<Element> } | null = null,
): Generator<Node | null> {
  const tree = root.nodeType === Node.DOCUMENT_NODE || root.nodeType === Node.DOCUMENT_FRAGMENT_NODE;
  if (tree) hooks.onTree?.(root as Tree);
  else if (root.nodeType !== Node.ELEMENT_NODE) return;
  sieve.reset();
  const skipped = tail?.skipped ?? skippedByAttributes(root as Element | Tree);
  let last: Node | null = null;
  /** The parent of the last text node known to lie in `last`; null once the walk has left `last`. */
  let keptParent: Node | null = null;
  let fed = 0;
  let node: Node | null = tail?.start ?? (tree ? root.firstChild : root);
  while (node) {
    let enter = false;
    const type = node.nodeType;
    if (type === Node.TEXT_NODE) {
      if (keptParent !== null && node.parentNode !== keptParent) {
        if (containerOf(node) === last) keptParent = node.parentNode;
        else {
          keptParent = null;
          sieve.reset();
        }
      }
      if (keptParent === null && sieve.feed((node as Text).data)) {
        const container = containerOf(node);
        keptParent = node.parentNode;
        if (container !== last) {
          last = container;
          yield container;
          if (!node.isConnected) return detached(root, hooks);
        }
      }
      if (++fed % PLACE_EVERY === 0) {
        if (fed % NODES_CHUNK === 0) {
          yield null;
          if (!node.isConnected) return detached(root, hooks);
        }
        const next = hooks.skipFrom?.(node, root);
        if (next !== undefined) {
          keptParent = null;
          sieve.reset();
          node = next;
          continue;
        }
      }
    } else if (type === Node.ELEMENT_NODE) {
      const el = node as Element;
      const name = el.localName;
      if (name === 'iframe' || name === 'frame') {
        const doc = hooks.readFrame ? hooks.readFrame(el) : rules.visible(el) ? frameDocument(el) : null;
        if (doc) yield* candidateContainers(doc, sieve, rules, hooks);
        sieve.reset();
      } else if (readableTag(name)) {
        if (BLOCK_TAGS.has(name)) sieve.reset();
        enter = !skipped.has(el);
        const shadow = enter ? openShadowRoot(el, name) : null;
        if (shadow) {
          yield* candidateContainers(shadow, sieve, rules, hooks);
          sieve.reset();
        }
      }
    }
    node = enter && node.firstChild ? node.firstChild : nextOutside(node, root);
  }
}

function detached(root: Node, hooks: WalkHooks): void {
  if (root.isConnected) hooks.onDetached?.();
}
