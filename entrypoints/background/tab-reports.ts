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

/** A tab's report and the page it describes. */
interface PageReport {
  page: string;
  mentions: MentionSummary[];
}

const NONE: PageReport = { page: '', mentions: [] };

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

function sameReport(a: PageReport, b: PageReport): boolean {
  return a.page === b.page && sameSummaries(a.mentions, b.mentions);
}

/**
 * Keeps what each tab mentions (entry, count, first position) and shows the number of distinct entries on the
 * toolbar badge: the popup's "On this page" view reads the same report. Reports live in the store, with a Map as
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
  set(tabId: number, page: string, mentions: MentionSummary[]): Promise<void> {
    return this.#serial(async () => {
      const next = { page, mentions: [...mentions].sort((a, b) => a.first - b.first) };
      const changed = !sameReport(await this.#read(tabId), next);
      if (changed) await this.#write(tabId, next);
      await this.deps.badge.setBadgeBackgroundColor({ tabId, color: '#3b4cca' });
      await this.deps.badge.setBadgeText({
        tabId,
        text: next.mentions.length ? String(next.mentions.length) : '',
      });
      if (changed) this.deps.onChange(tabId);
    });
  }

  /** A tab's report in reading order if it describes `page`, else empty. */
  get(tabId: number, page: string): Promise<MentionSummary[]> {
    return this.#serial(async () => {
      const report = await this.#read(tabId);
      return report.page === page ? report.mentions : [];
    });
  }

  /** Forgets a closed tab. */
  drop(tabId: number): Promise<void> {
    return this.#serial(async () => {
      const had = (await this.#read(tabId)).mentions.length > 0;
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
        ? { page: stored.page, mentions: stored.mentions }
        : NONE;
    this.#cache.set(tabId, report);
    return report;
  }

  async #write(tabId: number, report: PageReport): Promise<void> {
    this.#cache.set(tabId, report);
    if (report.mentions.length) await this.deps.store.set({ [keyOf(tabId)]: report });
    else await this.deps.store.remove(keyOf(tabId));
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
