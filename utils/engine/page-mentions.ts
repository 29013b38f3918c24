import { confirmedEntries, type Hit } from '@/utils/matcher';
import type { MentionSummary } from '@/utils/protocol/shapes';
import type { Mark } from './highlighter';
import { inReadingOrder } from './reading-order';
import { rangeOf, type TextBlock } from './text-blocks';

/** One shown mention: its range, its entry and the text as written on the page, for the popover. */
export interface PageMention {
  range: AbstractRange;
  entryId: string;
  text: string;
}

/** What a settled scan hands on: the background's report and the popover's mentions. */
export interface PageSnapshot {
  summaries: MentionSummary[];
  mentions: PageMention[];
}

/** Where marks go: the Highlighter, or a fake in tests. */
export interface Painter {
  set(key: Node, marks: readonly Mark[]): void;
  delete(key: Node): void;
}

interface Found {
  blocks: TextBlock[];
  hits: Hit[][];
  confirms: Set<string>;
  /** Entries with a needsContext hit here, whose marks depend on confirmations elsewhere on the page. */
  contextual: Set<string>;
  /** The mentions shown at the last paint, in text order. */
  shown: PageMention[];
}

/**
 * The page's mentions, kept per container. A needsContext hit ("Keir") is shown only while some container holds
 * an unambiguous hit of the same entry, so confirmations are counted page-wide and, when an entry gains or loses
 * its last one, the containers depending on it are repainted.
 */
export class PageMentions {
  readonly #found = new Map<Node, Found>();
  readonly #confirming = new Map<string, number>();
  readonly #flipped = new Set<string>();
  /** Per entry, the containers holding a needsContext hit of it: what a flip of that entry repaints. */
  readonly #dependents = new Map<string, Set<Node>>();

  constructor(
    private readonly root: Document,
    private readonly painter: Painter,
  ) {}

  /**
   * Replaces a container's blocks and their hits (one hit list per block). A container read again is repainted
   * in place, never unpainted first: the viewport gate would take that as leaving, and the highlights would
   * blink out until its next batch.
   */
  put(container: Node, blocks: TextBlock[], hits: Hit[][]): void {
    const had = this.#forget(container);
    if (!hits.some((list) => list.length > 0)) {
      if (had) this.painter.delete(container);
      return;
    }
    const all = hits.flat();
    const found: Found = {
      blocks,
      hits,
      confirms: confirmedEntries(all),
      contextual: new Set(all.filter((hit) => hit.needsContext).map((hit) => hit.entryId)),
      shown: [],
    };
    this.#found.set(container, found);
    for (const id of found.confirms) this.#count(id, 1);
    for (const id of found.contextual) {
      const containers = this.#dependents.get(id) ?? new Set<Node>();
      this.#dependents.set(id, containers.add(container));
    }
    this.#paint(container, found);
  }

  /** Forgets a container and unpaints it. */
  drop(container: Node): void {
    if (this.#forget(container)) this.painter.delete(container);
  }

  /** Undoes a container's confirmations and dependencies; whether it had any hits. */
  #forget(container: Node): boolean {
    const found = this.#found.get(container);
    if (!found) return false;
    this.#found.delete(container);
    for (const id of found.confirms) this.#count(id, -1);
    for (const id of found.contextual) {
      const containers = this.#dependents.get(id);
      containers?.delete(container);
      if (containers?.size === 0) this.#dependents.delete(id);
    }
    return true;
  }

  /** Drops every container that `keep` rejects: removed from the page, or not met again by a full scan. */
  sweep(keep: (container: Node) => boolean): void {
    for (const container of [...this.#found.keys()]) if (!keep(container)) this.drop(container);
  }

  /** Repaints containers whose needsContext hits changed visibility since the last call. */
  settle(): void {
    const repaint = new Set<Node>();
    for (const id of this.#flipped)
      for (const container of this.#dependents.get(id) ?? []) repaint.add(container);
    this.#flipped.clear();
    for (const container of repaint) this.#paint(container, this.#found.get(container)!);
  }

  /**
   * The page's shown mentions in reading order, and one summary per entry (its count, and its first mention's index
   * among them), from one walk of the page: the badge's report and the popover's cursor always agree.
   */
  snapshot(): PageSnapshot {
    const summaries = new Map<string, MentionSummary>();
    const mentions: PageMention[] = [];
    for (const container of inReadingOrder(this.root, new Set(this.#found.keys()))) {
      for (const mention of this.#found.get(container)!.shown) {
        const summary = summaries.get(mention.entryId);
        if (summary) summary.count++;
        else summaries.set(mention.entryId, { id: mention.entryId, count: 1, first: mentions.length });
        mentions.push(mention);
      }
    }
    return { summaries: [...summaries.values()], mentions };
  }

  #shown(hit: Hit): boolean {
    return !hit.needsContext || (this.#confirming.get(hit.entryId) ?? 0) > 0;
  }

  #count(id: string, delta: number): void {
    const before = this.#confirming.get(id) ?? 0;
    const after = before + delta;
    if (after === 0) this.#confirming.delete(id);
    else this.#confirming.set(id, after);
    if ((before === 0) !== (after === 0)) this.#flipped.add(id);
  }

  #paint(container: Node, found: Found): void {
    const marks: Mark[] = [];
    found.shown = [];
    found.blocks.forEach((block, i) => {
      for (const hit of found.hits[i] ?? []) {
        if (!this.#shown(hit)) continue;
        const range = rangeOf(block, hit.start, hit.end);
        marks.push({ range, family: hit.family });
        found.shown.push({ range, entryId: hit.entryId, text: block.text.slice(hit.start, hit.end) });
      }
    });
    this.painter.set(container, marks);
  }
}
