const ours = new WeakSet<Node>();

/**
 * Marks an element as Fact Linker's own UI, so the scanner never reads it and its insertion is never taken for a
 * page change. Kept by identity rather than by tag or attribute, which a page could copy or register.
 */
export function markOwnUi<T extends Element>(element: T): T {
  ours.add(element);
  return element;
}

/** Whether a node is Fact Linker's own UI host (it has no light-DOM children: all of it is in a closed root). */
export function isOwnUi(node: Node): boolean {
  return ours.has(node);
}
