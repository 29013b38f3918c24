import { isOwnUi } from './own-ui';

/** One batch of mutations, grouped so each changed subtree is read once. */
export interface TreeChanges {
  /** Roots of subtrees new to the page (none inside another added root). */
  added: Node[];
  /** Roots of subtrees taken out and put back elsewhere in the same batch. */
  moved: Node[];
  /** Nodes off the page at the end of the batch (including ones added and removed within it). */
  removed: Node[];
  /** Nodes whose own text changed: edited text nodes and parents that gained or lost children. */
  touched: Node[];
}

/** Receives grouped changes, or one wholesale rescan when a batch is too big to follow piece by piece. */
export interface TreeSink {
  apply(changes: TreeChanges): void;
  rescan(): void;
}

/** Added nodes in one batch above which reading the whole page once is cheaper than following each one. */
export const RESCAN_THRESHOLD = 1000;

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** True when an ancestor of `node` (across shadow roots) is in `set`. */
function underAny(node: Node, set: ReadonlySet<Node>): boolean {
  for (let n = node.parentNode ?? (node as ShadowRoot).host; n; n = n.parentNode ?? (n as ShadowRoot).host) {
    if (set.has(n)) return true;
  }
  return false;
}

/**
 * Groups mutation records into additions, moves, deletions and touched nodes, dropping our own UI's records
 * and anything nested in an added root; returns 'rescan' when more nodes were added than `threshold`.
 */
export function groupMutations(
  records: Iterable<MutationRecord>,
  threshold = RESCAN_THRESHOLD,
): TreeChanges | 'rescan' {
  const added = new Set<Node>();
  const removed = new Set<Node>();
  const touched = new Set<Node>();
  let count = 0;
  for (const record of records) {
    if (isOwnUi(record.target)) continue;
    touched.add(record.target);
    for (const node of record.addedNodes) if (!isOwnUi(node)) added.add(node);
    for (const node of record.removedNodes) removed.add(node);
    count += record.addedNodes.length;
  }
  if (count > threshold) return 'rescan';
  const live = new Set([...added].filter((node) => node.isConnected));
  const roots = [...live].filter((node) => !underAny(node, live));
  return {
    added: roots.filter((node) => !removed.has(node)),
    moved: roots.filter((node) => removed.has(node)),
    removed: [...removed].filter((node) => !node.isConnected),
    touched: [...touched].filter((node) => node.isConnected && !live.has(node) && !underAny(node, live)),
  };
}

/**
 * Follows the page's changes (after Dark Reader's DOM watcher): one MutationObserver over the document and every
 * open shadow root it is told about. We never mutate the page, so every record is the page's own.
 */
export class TreeObserver {
  readonly #observer: MutationObserver;

  constructor(sink: TreeSink, threshold = RESCAN_THRESHOLD) {
    this.#observer = new MutationObserver((records) => {
      const changes = groupMutations(records, threshold);
      if (changes === 'rescan') sink.rescan();
      else if (Object.values(changes).some((nodes) => nodes.length > 0)) sink.apply(changes);
    });
  }

  /** Starts watching a document or shadow root (watching one twice is harmless). */
  observe(tree: Node): void {
    this.#observer.observe(tree, OPTIONS);
  }

  /** Stops watching everything. */
  destroy(): void {
    this.#observer.disconnect();
  }
}
