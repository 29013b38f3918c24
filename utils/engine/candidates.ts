import type { Sieve } from '@/utils/matcher';
import { BLOCK_TAGS, containerOf, type ElementRules, markupReadable } from './dom-rules';
import { nextOutside } from './text-blocks';
import { frameDocument, type Tree, type WalkHooks } from './walk-hooks';

/** Text nodes fed to the sieve between two chances for the idle loop to stop (a `null` yield). */
const NODES_CHUNK = 128;

/**
 * Yields, in reading order, the containers whose text may hold a hit, and `null` every `NODES_CHUNK` text nodes so
 * the idle loop can stop between them: one pass over every text node through the matcher's sieve
 * (utils/matcher/sieve.ts) instead of reading every block whole. What markup alone excludes (skipped tags,
 * `hidden`) is not fed; what style or the page's layout excludes is left to the reader of each container
 * (`ElementRules.excluded`), asked only of the few yielded. Enters open shadow roots and visible same-origin frames, reporting each tree it enters (`onTree`) and
 * each frame it meets (`onFrame`); a walk whose position the page removes stops and calls `onDetached`.
 */
export function* candidateContainers(
  root: Node,
  sieve: Sieve,
  rules: ElementRules,
  hooks: WalkHooks = {},
): Generator<Node | null> {
  const tree = root.nodeType === Node.DOCUMENT_NODE || root.nodeType === Node.DOCUMENT_FRAGMENT_NODE;
  if (tree) hooks.onTree?.(root as Tree);
  else if (root.nodeType !== Node.ELEMENT_NODE) return;
  sieve.reset();
  let last: Node | null = null;
  let fed = 0;
  let node: Node | null = tree ? root.firstChild : root;
  while (node) {
    let enter = false;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data !== '' && sieve.feed(data)) {
        const container = containerOf(node);
        if (container !== last) {
          last = container;
          yield container;
          if (!node.isConnected) return detached(root, hooks);
        }
      }
      if (++fed % NODES_CHUNK === 0) {
        yield null;
        if (!node.isConnected) return detached(root, hooks);
      }
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (el.localName === 'iframe' || el.localName === 'frame') {
        hooks.onFrame?.(el);
        const doc = rules.visible(el) ? frameDocument(el) : null;
        if (doc) yield* candidateContainers(doc, sieve, rules, hooks);
        sieve.reset();
      } else if (markupReadable(el)) {
        enter = true;
        if (BLOCK_TAGS.has(el.localName)) sieve.reset();
        if (el.shadowRoot) {
          yield* candidateContainers(el.shadowRoot, sieve, rules, hooks);
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
