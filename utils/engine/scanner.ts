import type { Matcher } from '@/utils/matcher';
import type { GateSetup } from '@/utils/mention-rules';
import { BlockReader } from './block-reader';
import { containerOf, ElementRules } from './dom-rules';
import type { FarTails, Tail } from './far-tails';
import { IdleLoop, type RequestIdle } from './idle-loop';
import { PageMentions, type PageSnapshot, type Painter } from './page-mentions';
import { reachable } from './reachable';
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
 * kept (./block-reader.ts; its last stretch matches the blocks and paints them; ./candidates.ts), or a stretch of the
 * sieve's pass, run in idle slices. Tree changes queue only the containers they affect; a rescan (new aliases, or a
 * batch too big to follow) passes over everything again and sweeps what it no longer keeps.
 */
export class Scanner implements TreeSink {
  readonly #rules = new ElementRules();
  readonly #mentions: PageMentions;
  readonly #loop: IdleLoop;
  readonly #report: SlicedJob<PageSnapshot>;
  readonly #touched = new Set<Node>();
  readonly #far: FarTails | null;
  #walks: Iterator<Node | null>[] = [];
  #full: Iterator<Node | null> | null = null;
  /** The container being read, when its read takes more than one stretch. */
  #reading: BlockReader | null = null;
  #visited = new WeakSet<Node>();
  readonly #walk: ScanWalks;

  constructor(private readonly options: ScannerOptions) {
    this.#mentions = new PageMentions(options.root, options.painter, options.readFrame);
    this.#far =
      options.farTails?.((tail) => {
        this.#walks.push(this.#walk.tail(tail));
        this.#loop.wake();
      }) ?? null;
    const { root, matcher, onTree, readFrame, requestIdle, budgetMs, now } = options;
    this.#walk = new ScanWalks({ root, rules: this.#rules, matcher, far: this.#far, onTree, readFrame });
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
    this.#touched.clear();
    this.#reading = null;
    this.#walks = [];
    this.#visited = new WeakSet();
    this.#full = this.#walk.full((container) => this.#visited.has(container));
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
    for (const node of changes.touched) this.#touched.add(containerOf(node));
    for (const node of [...changes.added, ...changes.moved]) this.#walks.push(this.#walk.added(node));
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
    this.#walks.push(this.#walk.added(frame));
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
    this.#touched.clear();
    this.#reading = null;
    this.#walks = [];
    this.#full = null;
  }

  #step(): boolean {
    if (this.#reading) this.#readOn(this.#reading);
    else if (!this.#startNext()) return false;
    return this.#reading !== null || this.#touched.size > 0 || this.#walks.length > 0 || this.#full !== null;
  }

  /** Starts the next piece of work: a container the page changed, else a stretch of a walk; false when none is left. */
  #startNext(): boolean {
    const touched = this.#touched.values().next();
    if (!touched.done) {
      this.#touched.delete(touched.value);
      this.#read(touched.value);
      return true;
    }
    const walk = this.#walks[0] ?? this.#full;
    if (!walk) return false;
    const next = walk.next();
    if (!next.done) {
      if (next.value) this.#read(next.value);
    } else if (walk === this.#full) {
      this.#full = null;
      this.#mentions.sweep((container) => this.#visited.has(container));
    } else this.#walks.shift();
    return true;
  }

  #read(container: Node): void {
    this.#visited.add(container);
    if (!this.options.matcher() || this.#gone(container) || this.#rules.excluded(container)) {
      this.#mentions.drop(container);
      return;
    }
    this.#readOn(new BlockReader(container, this.#rules));
  }

  /**
   * Reads one more stretch of a container; once it is all read, matches and paints it, unless it went meanwhile. The
   * reader is taken before the stretch runs, so a stretch that throws is not run again.
   */
  #readOn(reader: BlockReader): void {
    this.#reading = null;
    if (!reader.read()) {
      this.#reading = reader;
      return;
    }
    const { container, blocks } = reader;
    const matcher = this.options.matcher();
    if (!matcher || this.#gone(container)) {
      this.#mentions.drop(container);
      return;
    }
    this.#mentions.put(
      container,
      blocks,
      blocks.map((block) => matcher.find(block.text)),
    );
  }

  /** Whether a container is no longer in a document the scan reads. */
  #gone(container: Node): boolean {
    return !reachable(container) || !container.isConnected;
  }
}
