import { httpUrl } from './safe-url';

/** One page where an entry was highlighted: the mention log's record, keyed by entry and page. */
export interface SeenPage {
  entryId: string;
  /** The page's address without its fragment, http(s) only. */
  page: string;
  /** The page's title when last seen, capped; empty when the tab had none. */
  title: string;
  firstSeen: number;
  lastSeen: number;
  /** Visits, not reports: a report within VISIT_GAP_MS of the last one belongs to the same visit. */
  count: number;
}

/** What the popover shows of the log: how many pages, and the latest few. */
export interface SeenSummary {
  total: number;
  latest: SeenPage[];
}

/** How long the log keeps a page, and how many pages per entry: the settings' retention. */
export interface Retention {
  maxAgeDays: number;
  maxPages: number;
}

/** A report this long after the page's last one starts a new visit; anything sooner is the same visit. */
export const VISIT_GAP_MS = 30 * 60_000;
/** Within this of the last write, a report of the same visit and title writes nothing, so rescans cost no I/O. */
export const REWRITE_AFTER_MS = 60_000;
/** The longest address the log keeps; a longer one is refused, not cut, since a cut address is another page. */
export const MAX_PAGE_LENGTH = 2_048;
/** The longest title kept; a longer one is cut, as a page controls its own title. */
export const MAX_TITLE_LENGTH = 200;
/** At most this many entries of one report are logged, the first-mentioned first. */
export const MAX_ENTRIES_PER_REPORT = 200;
/** How many pages the popover lists. */
export const LATEST_SHOWN = 3;
const DAY_MS = 86_400_000;

/** The page and title a report may log: null for a non-http(s), malformed or over-long address. */
export function seenInput(url: string, title: string | undefined): { page: string; title: string } | null {
  const page = httpUrl(url.split('#', 1)[0]);
  if (page === null || page.length > MAX_PAGE_LENGTH) return null;
  const clean = (title ?? '').replace(/\s+/g, ' ').trim();
  return { page, title: [...clean].slice(0, MAX_TITLE_LENGTH).join('') };
}

/**
 * The record after a report of `page` at `now`, or null when nothing needs writing (same visit, same title, written
 * under a minute ago). A new visit counts one more; a report of the same visit only moves its last-seen time.
 */
export function nextSeen(
  stored: SeenPage | undefined,
  entryId: string,
  input: { page: string; title: string },
  now: number,
): SeenPage | null {
  if (!stored) return { entryId, ...input, firstSeen: now, lastSeen: now, count: 1 };
  const gap = now - stored.lastSeen;
  if (gap >= 0 && gap < REWRITE_AFTER_MS && stored.title === input.title) return null;
  const newVisit = gap >= VISIT_GAP_MS;
  return {
    ...stored,
    title: input.title || stored.title,
    lastSeen: Math.max(now, stored.lastSeen),
    count: stored.count + (newVisit ? 1 : 0),
  };
}

/** The last-seen time before which a page is past the retention's age. */
export function ageCutoff(retention: Retention, now: number): number {
  return now - retention.maxAgeDays * DAY_MS;
}
