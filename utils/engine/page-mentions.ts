import type { Hit } from '@/utils/matcher';
import { finish, type Steps } from '@/utils/matcher/steps';
import { type GateSetup, MentionGate, type TopicVerdict } from '@/utils/mention-rules';
import type { EntryCount } from '@/utils/protocol/shapes';
import type { Mark } from './highlighter';
import { reachable } from './reachable';
import { readingOrderSteps } from './reading-order';
import { rangeOf, type TextBlock } from './text-blocks';

/** One shown mention: its range, its entry (its number in the matcher) and the text as written, for the popover. */
export interface PageMention {
  range: AbstractRange;
  entry: number;
  text: string;
}

/** What a settled scan hands on: the background's report, the popover's mentions, and the topic gate's verdict. */
export interface PageSnapshot {
  summaries: EntryCount[];
  mentions: PageMention[];
  topic: TopicVerdict<number>;
}

/** Where marks go: the Highlighter, or a fake in tests. */
export interface Painter {
  set(key: Node, marks: readonly Mark[]): void;
  delete(key: Node): void;
}

/** Mentions listed between two yields of a snapshot. */
const MENTIONS_PER_STEP = 1024;

interface Found {
  blocks: TextBlock[];
  /** The mentions shown at the last paint, in text order. */
  shown: PageMention[];
}

/**
 * The page's mentions, kept per container. Which hits are shown is the gate's decision (utils/mention-rules), made
 * page-wide: a needsContext hit waits for its entry's confirmation or for the page to be on topic, a generic entry
 * for the page to be on topic, so a container read later (infinite scroll, a single-page app) can show or hide
 * marks elsewhere; the containers it affects are repainted at the next `settle()`.
 */
export class PageMentions {
  readonly #found = new Map<Node, Found>();
  readonly #gate = new MentionGate<Node>();

  constructor(
    private readonly root: Document,
    private readonly painter: Painter,
    /** The document the scan reads in a frame, so ordering touches no other (./reading-order.ts). */
    private readonly readFrame?: (frame: Element) => Document | null,
  ) {}

  /** Changes what the gate decides with (entry facts, the page's host, the reader's topic gate) and repaints. */
  configure(change: Partial<GateSetup>): void {
    this.#gate.configure(change);
    this.settle();
  }

  /**
   * Replaces a container's blocks and their hits (one hit list per block). A container read again is repainted
   * in place, never unpainted first: the viewport gate would take that as leaving, and the highlights would
   * blink out until its next batch.
   */
  put(container: Node, blocks: TextBlock[], hits: Hit[][]): void {
    this.#gate.put(
      container,
      blocks.map((block) => block.text),
      hits,
    );
    if (!hits.some((list) => list.length > 0)) {
      if (this.#found.delete(container)) this.painter.delete(container);
      return;
    }
    const found: Found = { blocks, shown: [] };
    this.#found.set(container, found);
    this.#paint(container, found);
  }

  /** Forgets a container and unpaints it. */
  drop(container: Node): void {
    this.#gate.drop(container);
    if (this.#found.delete(container)) this.painter.delete(container);
  }

  /**
   * Drops every container that `keep` rejects (removed from the page, or not met again by a full scan) and every
   * one whose document is gone (./reachable.ts), which `keep` is never asked about.
   */
  sweep(keep: (container: Node) => boolean): void {
    for (const container of [...this.#found.keys()]) {
      if (!reachable(container) || !keep(container)) this.drop(container);
    }
  }

  /** Repaints the containers whose shown hits the gate changed since the last call. */
  settle(): void {
    for (const container of this.#gate.changed()) {
      const found = this.#found.get(container);
      if (found && reachable(container)) this.#paint(container, found);
    }
  }

  /**
   * The page's shown mentions in reading order, one summary per entry (its count, and its first mention's index
   * among them), from one walk of the page so the badge's report and the popover's cursor always agree; and why
   * the page counts as on topic or not. Containers whose document is gone are dropped first, as nothing may touch
   * their mentions again. Only containers showing a mention are ordered: the walk stops at the last of them, and
   * a page whose hits the gate holds back (an off-topic page) is not walked at all. Yields along the walk and the
   * mentions (15-40 ms in one task on the generated 5 MB page); the caller must drop it if the mentions change.
   */
  *snapshotSteps(): Steps<PageSnapshot> {
    this.sweep(() => true);
    this.settle();
    const summaries = new Map<number, EntryCount>();
    const mentions: PageMention[] = [];
    const showing = new Set<Node>();
    for (const [container, found] of this.#found) if (found.shown.length > 0) showing.add(container);
    for (const container of yield* readingOrderSteps(this.root, showing, this.readFrame)) {
      for (const mention of this.#found.get(container)?.shown ?? []) {
        const summary = summaries.get(mention.entry);
        if (summary) summary.count++;
        else summaries.set(mention.entry, { entry: mention.entry, count: 1, first: mentions.length });
        if (mentions.push(mention) % MENTIONS_PER_STEP === 0) yield;
      }
    }
    return { summaries: [...summaries.values()], mentions, topic: this.#gate.verdict() };
  }

  /** The snapshot at once, for a reader who asked: the popover's cursor moving to the next mention. */
  snapshot(): PageSnapshot {
    return finish(this.snapshotSteps());
  }

  #paint(container: Node, found: Found): void {
    const marks: Mark[] = [];
    found.shown = [];
    this.#gate.shown(container).forEach((hits, i) => {
      const block = found.blocks[i]!;
      for (const hit of hits) {
        const range = rangeOf(block, hit.start, hit.end);
        marks.push({ range, family: hit.family });
        found.shown.push({ range, entry: hit.entry, text: block.text.slice(hit.start, hit.end) });
      }
    });
    this.painter.set(container, marks);
  }
}
