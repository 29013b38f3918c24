import type { MentionSummary } from '@/utils/messages';

/** The slice of the `action` API the badge needs, so tests can pass a fake. */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

/**
 * Keeps what each tab mentions (entry, count, first position) and shows the number of distinct entries on the
 * toolbar badge: the popup's "On this page" view reads the same report.
 */
export class TabReports {
  readonly #reports = new Map<number, MentionSummary[]>();

  constructor(private readonly badge: BadgeApi) {}

  /** Replaces a tab's report and its badge. */
  async set(tabId: number, mentions: MentionSummary[]): Promise<void> {
    const sorted = [...mentions].sort((a, b) => a.first - b.first);
    this.#reports.set(tabId, sorted);
    await this.badge.setBadgeBackgroundColor({ tabId, color: '#3b4cca' });
    await this.badge.setBadgeText({ tabId, text: sorted.length ? String(sorted.length) : '' });
  }

  /** A tab's report in reading order, empty when the tab reported nothing. */
  get(tabId: number): MentionSummary[] {
    return this.#reports.get(tabId) ?? [];
  }

  /** Forgets a closed tab. */
  drop(tabId: number): void {
    this.#reports.delete(tabId);
  }
}
