import { seenInput } from '@/utils/seen';
import type { Settings } from '@/utils/settings';
import type { Kb } from '@/utils/store/kb';

/** What the recorder needs: the knowledge base once open, the current settings and the clock. */
export interface SeenRecorderDeps {
  kb: () => Promise<Kb>;
  settings: () => Promise<Settings>;
  now: () => number;
  /** Told after a report wrote to the log, so open views reload; not told of rescans that wrote nothing. */
  onLogged: () => void;
}

/** The tab a report came from, as the sender describes it: the browser's word, not the page's. */
export interface ReportingTab {
  incognito?: boolean;
  title?: string;
}

const DAY_MS = 86_400_000;
const retentionOf = (settings: Settings) => ({
  maxAgeDays: settings.seenMaxAgeDays,
  maxPages: settings.seenMaxPages,
});

/**
 * Turns tab reports into the mention log, obeying the settings: nothing while the log is off, nothing from a private
 * tab unless the reader allows it, nothing for an address the log refuses (./seen.ts). Prunes the whole log when the
 * background starts and then at most once a day, on the next report, as the background has no timer that outlives it.
 */
export class SeenRecorder {
  #prunedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly deps: SeenRecorderDeps) {}

  /** Logs that `page`, shown in `tab`, highlighted `entryIds`. */
  async record(tab: ReportingTab, page: string, entryIds: readonly string[]): Promise<void> {
    const settings = await this.deps.settings();
    if (!settings.seenLog || (tab.incognito === true && !settings.seenInPrivate)) return;
    const input = seenInput(page, tab.title);
    if (input === null || entryIds.length === 0) return;
    const now = this.deps.now();
    if (now - this.#prunedAt >= DAY_MS) await this.prune();
    if (await (await this.deps.kb()).seenLog().record(entryIds, input, now, retentionOf(settings)))
      this.deps.onLogged();
  }

  /** Deletes every page past the current retention. */
  async prune(): Promise<void> {
    const now = this.deps.now();
    this.#prunedAt = now;
    await (await this.deps.kb()).seenLog().prune(retentionOf(await this.deps.settings()), now);
  }
}
