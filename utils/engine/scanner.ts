import type { Matcher } from '@/utils/matcher';
import type { GateSetup } from '@/utils/mention-rules';
import { ContainerReads } from './container-reads';
import { containerOf, ElementRules } from './dom-rules';
import type { FarTails, Tail } from './far-tails';
import { IdleLoop, type RequestIdle } from './idle-loop';
import { PageMentions, type PageSnapshot, type Painter } from './page-mentions';
import { ScanQueue } from './scan-queue';
import { ScanWalks } from './scan-walks';
import { shownDocuments } from './shown-documents';
import { SlicedJob } from './sliced-job';
import type { TreeChanges, TreeSink } from './tree-observer';
import type { Tree } from './walk-hooks';

/** What a scanner works on and reports to. */
export interface ScannerOptions {
  root: Document;
  /** The current matcher; null until the aliases arrive, and every container then reads as empty. */
  matcher(): Matcher | null;
  painter: Painter;
  requestIdle: RequestIdle;
  budgetMs?: number;
  now?: () => number;
  /** A document or open shadow root met while walking, so it can be observed too. */
  onTree?(tree: Tree): void;
  /** The document to read in a frame met while walking, or null (./frame-watch.ts); by default a shown frame's. */
  readFrame?(frame: Element): Document | null;
  /**
   * Leaves what lies far below the viewport for when it comes near (./far-tails.ts), handing tails to the callback;
   * without it, every walk reads the whole page.
   */
  farTails?(onNear: (tail: Tail) => void): FarTails;
  /** All queued work is done. */
  onSettled?(): void;
}

/**
 * Finds mentions in a document without blocking it: one unit of work is a stretch of reading a container the sieve
 * kept (./container-reads.ts; the last stretch matches the blocks and paints them; ./candidates.ts), or a stretch of
 * the sieve's pass, run in idle slices. Tree changes queue only the containers they affect (./scan-queue.ts); a
 * rescan (new aliases, or a batch too big to follow) passes over everything again and sweeps what it no longer keeps.
 */
export class Scanner implements TreeSink {
  readonly #rules = new ElementRules();
  readonly #mentions: PageMentions;
  readonly #loop: IdleLoop;
  readonly #report: SlicedJob<PageSnapshot>;
  readonly #far: FarTails | null;
  readonly #reads: ContainerReads;
  readonly #walk: ScanWalks;
  readonly #queue: ScanQueue;

  constructor(private readonly options: ScannerOptions) {
    this.#mentions = new PageMentions(options.root, options.painter, options.readFrame);
    this.#reads = new ContainerReads({
      rules: this.#rules,
      mentions: this.#mentions,
      matcher: options.matcher,
    });
    this.#far =
      options.farTails?.((tail) => {
        this.#queue.follow(this.#walk.tail(tail));
        this.#loop.wake();
      }) ?? null;
    const { root, matcher, onTree, readFrame, requestIdle, budgetMs, now } = options;
    this.#walk = new ScanWalks({ root, rules: this.#rules, matcher, far: this.#far, onTree, readFrame });
    this.#queue = new ScanQueue(this.#walk, this.#reads, this.#mentions);
    this.#report = new SlicedJob({ requestIdle, budgetMs, now });
    this.#loop = new IdleLoop(() => this.#step(), {
      requestIdle,
      budgetMs,
      now,
      onSliceStart: () => {
        this.#rules.reset();
        this.#report.drop();
      },
      onSliceEnd: (more) => {
        this.#mentions.settle();
        if (!more) options.onSettled?.();
      },
    });
  }

  /**
   * Reads the whole page again, its first slice at once (`IdleLoop.runNow`): on start, whenever the alias set
   * changes, and after a batch of changes too big to follow.
   */
  rescan(): void {
    this.#far?.drop();
    this.#walk.reset();
    this.#reads.drop();
    this.#queue.restart();
    this.#loop.runNow();
  }

  /**
   * Changes what decides which hits are shown (entry facts, the page's host, the reader's topic gate): the page is
   * repainted from what was read, without reading it again.
   */
  configure(change: Partial<GateSetup>): void {
    this.#report.drop();
    this.#mentions.configure(change);
  }

  /**
   * Queues what a batch of mutations affected; removed subtrees, and the documents of removed frames, lose their
   * marks at once.
   */
  apply(changes: TreeChanges): void {
    if (changes.removed.length > 0) {
      this.#report.drop();
      const shown = shownDocuments(this.options.root);
      this.#mentions.sweep(
        (container) => container.isConnected && shown(container.ownerDocument ?? (container as Document)),
      );
      this.#mentions.settle();
    }
    for (const node of changes.touched) this.#queue.touch(containerOf(node));
    for (const node of [...changes.added, ...changes.moved]) this.#queue.follow(this.#walk.added(node));
    this.#loop.wake();
  }

  /**
   * A frame shows a new document (./frame-watch.ts): what was found in the one it left goes, and the frame is read
   * again, its new document watched; a cross-origin one reads as nothing.
   */
  frameLoaded(frame: Element, left: Document | null): void {
    if (left) {
      this.#report.drop();
      this.#mentions.sweep((container) => (container.ownerDocument ?? container) !== left);
      this.#mentions.settle();
    }
    this.#queue.follow(this.#walk.added(frame));
    this.#loop.wake();
  }

  /** Reads what was left for when it comes near, and from now on the whole page: a reader asked for all of it. */
  readAll(): void {
    this.#far?.readAll();
  }

  /** The page's mentions in reading order with their per-entry summary, at once: for a reader's keystroke. */
  snapshot(): PageSnapshot {
    return this.#mentions.snapshot();
  }

  /**
   * The same built in idle slices, for the settled report: `done` gets it unless the mentions change first (a scan
   * slice, a switch, a removal), and whatever changed them settles and asks again.
   */
  snapshotSoon(done: (snapshot: PageSnapshot) => void): void {
    this.#report.start(this.#mentions.snapshotSteps(), done);
  }

  /** Stops work and unpaints everything. */
  destroy(): void {
    this.#far?.destroy();
    this.#report.drop();
    this.#loop.destroy();
    this.#mentions.sweep(() => false);
    this.#reads.drop();
    this.#queue.clear();
  }

  #step(): boolean {
    if (this.#reads.busy) this.#reads.goOn();
    else if (!this.#queue.next()) return false;
    return this.#reads.busy || this.#queue.pending;
  }
}
