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

  /** Starts reading a container, and reads its first stretch; one the matcher or the rules leave out reads as empty. */
  start(container: Node): void {
    const { matcher, rules, mentions } = this.options;
    if (!matcher() || gone(container) || rules.excluded(container)) {
      mentions.drop(container);
      return;
    }
    this.#readOn(new BlockReader(container, rules));
  }

  /** Reads one more stretch of the read under way. */
  goOn(): void {
    if (this.#reading) this.#readOn(this.#reading);
  }

  /** Forgets the read under way: the page is read again from the start, or the scan stops. */
  drop(): void {
    this.#reading = null;
  }

  #readOn(reader: BlockReader): void {
    this.#reading = null;
    if (!reader.read()) {
      this.#reading = reader;
      return;
    }
    const { container, blocks } = reader;
    const matcher = this.options.matcher();
    if (!matcher || gone(container)) {
      this.options.mentions.drop(container);
      return;
    }
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
