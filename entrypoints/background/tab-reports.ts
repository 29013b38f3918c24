import type { MentionSummary } from '@/utils/messages';

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

function sameReport(a: readonly MentionSummary[], b: readonly MentionSummary[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => m.id === b[i]?.id && m.count === b[i]?.count && m.first === b[i]?.first)
  );
}

/**
 * Keeps what each tab mentions (entry, count, first position) and shows the number of distinct entries on the
 * toolbar badge: the popup's "On this page" view reads the same report. Reports live in the store, with a Map as
 * cache, because the browser stops an idle background while the badge and the page stay; operations run one
 * at a time so a navigation's drop and the new page's report land in order.
 */
export class TabReports {
  readonly #cache = new Map<number, MentionSummary[]>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: TabReportsDeps) {}

  /** Replaces a tab's report and its badge; tells `onChange` only when the report differs. */
  set(tabId: number, mentions: MentionSummary[]): Promise<void> {
    return this.#serial(async () => {
      const sorted = [...mentions].sort((a, b) => a.first - b.first);
      const changed = !sameReport(await this.#read(tabId), sorted);
      if (changed) await this.#write(tabId, sorted);
      await this.deps.badge.setBadgeBackgroundColor({ tabId, color: '#3b4cca' });
      await this.deps.badge.setBadgeText({ tabId, text: sorted.length ? String(sorted.length) : '' });
      if (changed) this.deps.onChange(tabId);
    });
  }

  /** A tab's report in reading order, empty when the tab reported nothing. */
  get(tabId: number): Promise<MentionSummary[]> {
    return this.#serial(() => this.#read(tabId));
  }

  /** Forgets a closed tab. */
  drop(tabId: number): Promise<void> {
    return this.#serial(async () => void (await this.#forget(tabId)));
  }

  /** Forgets a tab that is loading a new page and blanks its badge, until that page reports. */
  reset(tabId: number): Promise<void> {
    return this.#serial(async () => {
      if (await this.#forget(tabId)) await this.deps.badge.setBadgeText({ tabId, text: '' });
    });
  }

  /** Whether there was a report to forget. */
  async #forget(tabId: number): Promise<boolean> {
    const had = (await this.#read(tabId)).length > 0;
    this.#cache.delete(tabId);
    if (!had) return false;
    await this.deps.store.remove(keyOf(tabId));
    this.deps.onChange(tabId);
    return true;
  }

  async #read(tabId: number): Promise<MentionSummary[]> {
    const cached = this.#cache.get(tabId);
    if (cached) return cached;
    const key = keyOf(tabId);
    const stored = (await this.deps.store.get(key))[key];
    const report = Array.isArray(stored) ? (stored as MentionSummary[]) : [];
    this.#cache.set(tabId, report);
    return report;
  }

  async #write(tabId: number, report: MentionSummary[]): Promise<void> {
    this.#cache.set(tabId, report);
    if (report.length) await this.deps.store.set({ [keyOf(tabId)]: report });
    else await this.deps.store.remove(keyOf(tabId));
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
