import type { PageMention, PageSnapshot } from '@/utils/engine/page-mentions';
import { NO_VERDICT, type TopicVerdict } from '@/utils/mention-rules';
import { call } from '@/utils/protocol/call';
import type { EntryCount } from '@/utils/protocol/shapes';
import { warn } from '@/utils/warn';

/** Quiet time after the last scan slice before the page's mentions are reported, so a burst sends one report. */
export const REPORT_DELAY_MS = 300;

/**
 * What the page last reported: its mentions, and why it counts as on topic or not, entries by number in `epoch`, the
 * one they were found in (sent again as it was, it cannot pair them with a later matcher's).
 */
interface Report {
  epoch: string;
  mentions: EntryCount[];
  topic: TopicVerdict<number>;
}

/** Where a session reports from, and who hears what. */
export interface ReportOptions {
  win: Window;
  /**
   * The epoch of the matcher the page finds mentions with (`kb.matcher`). A snapshot that completes holds only its
   * mentions: a new matcher rescans, and a rescan drops the snapshot under way and settles before the next.
   */
  epoch(): string;
  /** Takes the page's mentions in reading order, in idle steps (`Scanner.snapshotSoon`). */
  snapshotSoon(done: (snapshot: PageSnapshot) => void): void;
  /** Hears the mentions of each settled report with their epoch, and an empty list when the session stops. */
  onMentions?(mentions: readonly PageMention[], epoch: string): void;
  /** Hears that the background reads numbers of another epoch only: the page must ask for the matcher again. */
  onStale?(): void;
}

/**
 * A session's reports to the background: one once the page has been quiet for the delay, so a burst of scan slices
 * or switches sends one; the last one again on request; and an empty one when the session stops. Every settled
 * report is sent, unchanged or not: the background keeps one copy per tab, stamped with the page's URL, and
 * announces only real changes, and a single-page app that moves to another URL must report again for it. Entries
 * go by number, in the epoch of the page's matcher; the background answers with their ids, which say what entry the
 * popup means when it asks the page to reveal one.
 */
export class SessionReport {
  #last: Report = { epoch: '', mentions: [], topic: NO_VERDICT };
  #timer: number | undefined;
  /** The numbers of the entries last reported, by the ids the background answered with. */
  #numbers = new Map<string, number>();

  constructor(private readonly options: ReportOptions) {}

  /** Reports once the page has been quiet for the delay; each call restarts the wait. */
  soon(): void {
    this.options.win.clearTimeout(this.#timer);
    this.#timer = this.options.win.setTimeout(
      () =>
        this.options.snapshotSoon(({ summaries, mentions, topic }) => {
          const epoch = this.options.epoch();
          this.#send({ epoch, mentions: summaries, topic });
          this.options.onMentions?.(mentions, epoch);
        }),
      REPORT_DELAY_MS,
    );
  }

  /** Sends the last report again (the page came back from the back/forward cache, or the background asked). */
  again(): void {
    this.#send(this.#last);
  }

  /** The number of a reported entry, by its id; undefined for one the last answered report did not hold. */
  entryOf(id: string): number | undefined {
    return this.#numbers.get(id);
  }

  /** Cancels a pending report and reports the page empty. */
  destroy(): void {
    this.options.win.clearTimeout(this.#timer);
    this.#send({ epoch: this.options.epoch(), mentions: [], topic: NO_VERDICT });
    this.options.onMentions?.([], this.options.epoch());
  }

  #send(next: Report): void {
    this.#last = next;
    call('page.report', { ...next, url: this.options.win.location.href }).then((ids) => {
      if (ids === null) this.options.onStale?.();
      else if (this.#last === next)
        this.#numbers = new Map(ids.map((id, i) => [id, next.mentions[i]!.entry]));
    }, warn);
  }
}
