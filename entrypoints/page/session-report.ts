import type { PageMention, PageSnapshot } from '@/utils/engine/page-mentions';
import { NO_VERDICT, type TopicVerdict } from '@/utils/mention-rules';
import { call } from '@/utils/protocol/call';
import type { MentionSummary } from '@/utils/protocol/shapes';
import { warn } from '@/utils/warn';

/** Quiet time after the last scan slice before the page's mentions are reported, so a burst sends one report. */
export const REPORT_DELAY_MS = 300;

/** What the page last reported: its mentions, and why it counts as on topic or not. */
interface Report {
  mentions: MentionSummary[];
  topic: TopicVerdict;
}

/**
 * A session's reports to the background: one once the page has been quiet for the delay, so a burst of scan slices
 * or switches sends one; the last one again on request; and an empty one when the session stops. Every settled
 * report is sent, unchanged or not: the background keeps one copy per tab, stamped with the page's URL, and
 * announces only real changes, and a single-page app that moves to another URL must report again for it.
 */
export class SessionReport {
  #last: Report = { mentions: [], topic: NO_VERDICT };
  #timer: number | undefined;

  /**
   * @param snapshotSoon takes the page's mentions in reading order, in idle steps (`Scanner.snapshotSoon`).
   * @param onMentions hears the mentions of each settled report, and an empty list when the session stops.
   */
  constructor(
    private readonly win: Window,
    private readonly snapshotSoon: (done: (snapshot: PageSnapshot) => void) => void,
    private readonly onMentions?: (mentions: readonly PageMention[]) => void,
  ) {}

  /** Reports once the page has been quiet for the delay; each call restarts the wait. */
  soon(): void {
    this.win.clearTimeout(this.#timer);
    this.#timer = this.win.setTimeout(
      () =>
        this.snapshotSoon(({ summaries, mentions, topic }) => {
          this.#send({ mentions: summaries, topic });
          this.onMentions?.(mentions);
        }),
      REPORT_DELAY_MS,
    );
  }

  /** Sends the last report again (the page came back from the back/forward cache, or the background asked). */
  again(): void {
    this.#send(this.#last);
  }

  /** Cancels a pending report and reports the page empty. */
  destroy(): void {
    this.win.clearTimeout(this.#timer);
    this.#send({ mentions: [], topic: NO_VERDICT });
    this.onMentions?.([]);
  }

  #send(next: Report): void {
    this.#last = next;
    call('page.report', { ...next, url: this.win.location.href }).catch(warn);
  }
}
