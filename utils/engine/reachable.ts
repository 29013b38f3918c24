/**
 * Whether a node kept from an earlier read can still be touched. Firefox cuts a content script off from a
 * document its frame navigated away from or lost: every later access to its nodes, ranges and highlights throws
 * "can't access dead object". Code that walks what it stored (a sweep, a report, unpainting) asks this first and
 * forgets what is gone; comparing such an object by identity stays safe.
 */
export function reachable(node: Node): boolean {
  try {
    return node.nodeType > 0;
  } catch {
    return false;
  }
}
