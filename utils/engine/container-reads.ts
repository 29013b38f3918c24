import type { Matcher } from '@/utils/matcher';
import { BlockReader } from './block-reader';
import type { ElementRules } from './dom-rules';
import type { PageMentions } from './page-mentions';
import { reachable } from './reachable';

/** What the reads find their text through and hand their mentions to. */
export interface ContainerReadsOptions {
  rules: ElementRules;
  mentions: PageMentions;
  /** The current matcher; null until the aliases arrive, and every container then reads as empty. */
  matcher(): Matcher | null;
}

/**
 * Reads the containers the scanner's walks keep, one stretch of nodes a step (./block-reader.ts), and once one is
 * all read, matches its blocks and hands them to the page's mentions, unless the container went meanwhile. One read
 * is under way at a time; its reader is taken before each stretch runs, so a stretch that throws (a frame's document
 * gone from under it) is not run again: the idle loop's contract (./idle-loop.ts).
 */
export class ContainerReads {
  #reading: BlockReader | null = null;

  constructor(private readonly options: ContainerReadsOptions) {}

  /** Whether a read takes more steps: the scanner goes on with it before starting anything else. */
  get busy(): boolean {
    return this.#reading !== null;
  }

  /**
   * Starts reading a container, and reads its first stretch; one the matcher or the rules leave out reads as empty. A
   * read done in this one step needs no second look at the container or the matcher: nothing ran in between.
   */
  start(container: Node): void {
    const { rules, mentions } = this.options;
    const matcher = this.options.matcher();
    if (!matcher || gone(container) || rules.excluded(container)) {
      mentions.drop(container);
      return;
    }
    const reader = new BlockReader(container, rules);
    if (reader.read()) this.#put(reader, matcher);
    else this.#reading = reader;
  }

  /** Reads one more stretch of the read under way; once it is all read, matches it unless the container went. */
  goOn(): void {
    const reader = this.#reading;
    if (!reader) return;
    this.#reading = null;
    if (!reader.read()) {
      this.#reading = reader;
      return;
    }
    const matcher = this.options.matcher();
    if (!matcher || gone(reader.container)) this.options.mentions.drop(reader.container);
    else this.#put(reader, matcher);
  }

  /** Forgets the read under way: the page is read again from the start, or the scan stops. */
  drop(): void {
    this.#reading = null;
  }

  #put({ container, blocks }: BlockReader, matcher: Matcher): void {
    this.options.mentions.put(
      container,
      blocks,
      blocks.map((block) => matcher.find(block.text)),
    );
  }
}

/** Whether a container is no longer in a document the scan reads. */
function gone(container: Node): boolean {
  return !reachable(container) || !container.isConnected;
}
