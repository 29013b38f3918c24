import type { ContainerReads } from './container-reads';
import type { PageMentions } from './page-mentions';
import type { ScanWalks } from './scan-walks';

/**
 * What a scan has left to read, taken in this order: containers the page changed, then walks of what it added and of
 * tails that came near (./far-tails.ts), then the pass over the whole page. The end of that pass sweeps the mentions
 * of every container it did not reach: what a rescan no longer keeps.
 */
export class ScanQueue {
  readonly #touched = new Set<Node>();
  #walks: Iterator<Node | null>[] = [];
  #full: Iterator<Node | null> | null = null;
  #visited = new WeakSet<Node>();

  constructor(
    private readonly scanWalks: ScanWalks,
    private readonly reads: ContainerReads,
    private readonly mentions: PageMentions,
  ) {}

  /** Whether any work is queued. */
  get pending(): boolean {
    return this.#touched.size > 0 || this.#walks.length > 0 || this.#full !== null;
  }

  /** Drops what is queued and queues a pass over the whole page, which skips what a restarted walk already read. */
  restart(): void {
    this.clear();
    this.#visited = new WeakSet();
    this.#full = this.scanWalks.full((container) => this.#visited.has(container));
  }

  /** A container the page changed: read again, once however often it changes before its turn. */
  touch(container: Node): void {
    this.#touched.add(container);
  }

  /** A walk to read after the changed containers: an added subtree, a frame's new document, a tail come near. */
  follow(walk: Iterator<Node | null>): void {
    this.#walks.push(walk);
  }

  /** Drops everything queued. */
  clear(): void {
    this.#touched.clear();
    this.#walks = [];
    this.#full = null;
  }

  /** Starts the next piece of work: a changed container's read, else a stretch of a walk; false when none is left. */
  next(): boolean {
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
      this.mentions.sweep((container) => this.#visited.has(container));
    } else this.#walks.shift();
    return true;
  }

  #read(container: Node): void {
    this.#visited.add(container);
    this.reads.start(container);
  }
}
