import type { Matcher, Sieve } from '@/utils/matcher';
import { candidateContainers } from './candidates';
import { type ElementRules, skippedByAttributes } from './dom-rules';
import type { FarTails, Tail } from './far-tails';
import type { Tree, WalkHooks } from './walk-hooks';

/** What the walks of a scan read and report to: the scanner's options and rules, and its far tails if any. */
export interface WalkSetup {
  root: Document;
  rules: ElementRules;
  matcher(): Matcher | null;
  far: FarTails | null;
  onTree?(tree: Tree): void;
  readFrame?(frame: Element): Document | null;
}

/**
 * The three walks a scanner makes, each yielding the containers the sieve keeps (./candidates.ts): the whole page,
 * what the page added or moved, and a tail left while it was far. They share what a scan finds once for all of them.
 */
export class ScanWalks {
  /** What markup keeps out of the page's own tree, found at the first tail a scan reads and kept for its others. */
  #skipped: Set<Element> | null = null;

  constructor(private readonly setup: WalkSetup) {}

  /** Forgets what the last scan found once: a rescan reads the page as it is now. */
  reset(): void {
    this.#skipped = null;
  }

  /** The whole page; if the page removes the walk's position, it starts over, skipping what `read` says it read. */
  *full(read: (container: Node) => boolean): Generator<Node | null> {
    let detached = true;
    const hooks = { ...this.#hooks(), onDetached: () => (detached = true) };
    while (detached) {
      detached = false;
      for (const container of candidateContainers(this.setup.root, this.#sieve(), this.setup.rules, hooks)) {
        yield container && read(container) ? null : container;
      }
    }
  }

  /** A subtree the page added or moved, unless its new parent is excluded. */
  *added(root: Node): Generator<Node | null> {
    if (root.parentNode && this.setup.rules.excluded(root.parentNode)) return;
    yield* candidateContainers(root, this.#sieve(), this.setup.rules, this.#hooks());
  }

  /**
   * A stretch left unread while it was far: read from its start to its parent's end, unless the page has moved its
   * start since (the tree observer queued what it added) or markup excludes it. In the page's own tree, what markup
   * keeps out is found once per scan; a later `hidden` is still caught as each container is read.
   */
  *tail({ parent, start }: Tail): Generator<Node | null> {
    const { root, rules } = this.setup;
    if (start.parentNode !== parent || rules.excluded(parent)) return;
    let skipped: Set<Element>;
    if (parent.getRootNode() !== root) skipped = skippedByAttributes(parent as Element | Tree);
    else {
      this.#skipped ??= skippedByAttributes(root);
      skipped = this.#skipped;
    }
    yield* candidateContainers(parent, this.#sieve(), rules, this.#hooks(), { start, skipped });
  }

  /** The current matcher's sieve; with no matcher yet, one that keeps nothing (the walk still reports trees). */
  #sieve(): Sieve {
    return this.setup.matcher()?.sieve() ?? { feed: () => false, reset: () => undefined };
  }

  #hooks(): WalkHooks {
    const { far, onTree, readFrame } = this.setup;
    return { onTree, readFrame, skipFrom: far ? (at, root) => far.skipFrom(at, root) : undefined };
  }
}
