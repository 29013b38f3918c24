import { BADGE } from '@/utils/design/tokens';
import type { TopicVerdict } from '@/utils/mention-rules';
import type { MentionSummary } from '@/utils/protocol/shapes';
import { sameSummaries } from '@/utils/same-summaries';

/** The slice of the `action` API the badge needs, so tests can pass a fake. */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

/** The slice of a storage area the reports live in (`storage.session`), so tests can pass a fake. */
export interface ReportStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Where the reports are shown and kept, and who hears that a tab's report changed. */
export interface TabReportsDeps {
  badge: BadgeApi;
  store: ReportStore;
  onChange: (tabId: number) => void;
}

const keyOf = (tabId: number) => `tab-report:${tabId}`;

/** What a tab reported: its mentions in reading order and the topic gate's verdict (null before any report). */
export interface TabReport {
  mentions: MentionSummary[];
  topic: TopicVerdict | null;
}

/** A tab's report and the page it describes. */
interface PageReport extends TabReport {
  page: string;
}

const NONE: PageReport = { page: '', mentions: [], topic: null };

/** The page a URL shows: the URL without its fragment, which in-page jumps change. */
export function pageOf(url: string | undefined): string {
  return (url ?? '').split('#', 1)[0]!;
}

/**
 * The address a report describes: the one the page script gives (after a single-page app's route change the
 * browser's sender URL still names the page as loaded), trusted only within the sender's own origin.
 */
export function reportedPage(claimed: string, sender: string | undefined): string | undefined {
  try {
    return sender !== undefined && new URL(claimed).origin === new URL(sender).origin ? claimed : sender;
  } catch {
    return sender;
  }
}

function sameTopic(a: TopicVerdict | null, b: TopicVerdict | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameReport(a: PageReport, b: PageReport): boolean {
  return a.page === b.page && sameSummaries(a.mentions, b.mentions) && sameTopic(a.topic, b.topic);
}

/** Whether a report says anything: mentions, or generic names the topic gate hides. */
const worthKeeping = (report: PageReport): boolean =>
  report.mentions.length > 0 || (report.topic?.hidden.length ?? 0) > 0;

/**
 * Keeps what each tab mentions (entry, count, first position) and why its page counts as on topic or not, and
 * shows the number of distinct entries on the toolbar badge: the popup's "On this page" view reads the same report. Reports live in the store, with a Map as
 * cache, because the browser stops an idle background while the badge and the page stay. Each report names the
 * page it describes and is only given for that page, so a tab that moved on (to a page that mentions nothing,
 * or where the extension is off, neither of which reports) never shows the previous page's entries, even when
 * the old page's last report arrives after the navigation began. Operations run one at a time.
 */
export class TabReports {
  readonly #cache = new Map<number, PageReport>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: TabReportsDeps) {}

  /** Replaces a tab's report and its badge; tells `onChange` only when the report differs. */
  set(tabId: number, page: string, mentions: MentionSummary[], topic: TopicVerdict | null): Promise<void> {
    return this.#serial(async () => {
      const next = { page, mentions: [...mentions].sort((a, b) => a.first - b.first), topic };
      const changed = !sameReport(await this.#read(tabId), next);
      if (changed) await this.#write(tabId, next);
      await this.deps.badge.setBadgeBackgroundColor({ tabId, color: BADGE });
      await this.deps.badge.setBadgeText({
        tabId,
        text: next.mentions.length ? String(next.mentions.length) : '',
      });
      if (changed) this.deps.onChange(tabId);
    });
  }

  /** A tab's report, mentions in reading order, if it describes `page`, else an empty one. */
  get(tabId: number, page: string): Promise<TabReport> {
    return this.#serial(async () => {
      const report = await this.#read(tabId);
      return report.page === page
        ? { mentions: report.mentions, topic: report.topic }
        : { mentions: [], topic: null };
    });
  }

  /** Forgets a closed tab. */
  drop(tabId: number): Promise<void> {
    return this.#serial(async () => {
      const had = worthKeeping(await this.#read(tabId));
      this.#cache.delete(tabId);
      await this.deps.store.remove(keyOf(tabId));
      if (had) this.deps.onChange(tabId);
    });
  }

  async #read(tabId: number): Promise<PageReport> {
    const cached = this.#cache.get(tabId);
    if (cached) return cached;
    const key = keyOf(tabId);
    const stored = (await this.deps.store.get(key))[key] as Partial<PageReport> | undefined;
    const report =
      typeof stored?.page === 'string' && Array.isArray(stored.mentions)
        ? { page: stored.page, mentions: stored.mentions, topic: stored.topic ?? null }
        : NONE;
    this.#cache.set(tabId, report);
    return report;
  }

  async #write(tabId: number, report: PageReport): Promise<void> {
    this.#cache.set(tabId, report);
    if (worthKeeping(report)) await this.deps.store.set({ [keyOf(tabId)]: report });
    else await this.deps.store.remove(keyOf(tabId));
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
