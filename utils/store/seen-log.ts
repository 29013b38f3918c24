import type { IDBPDatabase } from 'idb';
import {
  ageCutoff,
  LATEST_SHOWN,
  MAX_ENTRIES_PER_REPORT,
  nextSeen,
  type Retention,
  type SeenPage,
  type SeenSummary,
} from '@/utils/seen';
import type { AnyTx, KbSchema } from './layout';

/** Every key of one entry in the `entryLast` index, oldest first. */
const entryRange = (entryId: string) => IDBKeyRange.bound([entryId, -Infinity], [entryId, Infinity]);

/** How many pages an entry was seen in and the latest few, inside the cards' read transaction. */
export async function seenSummary(tx: AnyTx, entryId: string): Promise<SeenSummary> {
  const index = tx.objectStore('seen').index('entryLast');
  const latest: SeenPage[] = [];
  let cursor = await index.openCursor(entryRange(entryId), 'prev');
  while (cursor && latest.length < LATEST_SHOWN) {
    latest.push(cursor.value);
    cursor = await cursor.continue();
  }
  return { total: await index.count(entryRange(entryId)), latest };
}

/**
 * The mention log: where each entry was highlighted. Its writes are its own transactions over `seen` (and `entries`,
 * to log only entries that exist), so they neither bump the knowledge base's version nor wake its listeners.
 */
export class SeenLog {
  constructor(private readonly db: IDBPDatabase<KbSchema>) {}

  /**
   * Logs one report of a page: each existing entry's record is created or advanced (./seen.ts says when a visit
   * counts), then the entry's pages past the retention's age or count are deleted, oldest first. Says whether it
   * wrote anything: most reports are rescans of a visit already logged.
   */
  async record(
    entryIds: readonly string[],
    input: { page: string; title: string },
    now: number,
    retention: Retention,
  ): Promise<boolean> {
    const tx = this.db.transaction(['entries', 'seen'], 'readwrite');
    let wrote = false;
    const seen = tx.objectStore('seen');
    const cutoff = ageCutoff(retention, now);
    for (const entryId of new Set(entryIds.slice(0, MAX_ENTRIES_PER_REPORT))) {
      if ((await tx.objectStore('entries').getKey(entryId)) === undefined) continue;
      const next = nextSeen(await seen.get([entryId, input.page]), entryId, input, now);
      if (!next) continue;
      await seen.put(next);
      wrote = true;
      const index = seen.index('entryLast');
      let excess = (await index.count(entryRange(entryId))) - retention.maxPages;
      let cursor = await index.openCursor(entryRange(entryId));
      while (cursor && (excess > 0 || cursor.value.lastSeen < cutoff)) {
        await cursor.delete();
        excess -= 1;
        cursor = await cursor.continue();
      }
    }
    await tx.done;
    return wrote;
  }

  /** One entry's pages, latest first, `limit` from `offset`, with how many there are in all. */
  async list(entryId: string, offset: number, limit: number): Promise<{ total: number; pages: SeenPage[] }> {
    const index = this.db.transaction('seen').store.index('entryLast');
    const total = await index.count(entryRange(entryId));
    const pages: SeenPage[] = [];
    let cursor = await index.openCursor(entryRange(entryId), 'prev');
    if (cursor && offset > 0) cursor = await cursor.advance(offset);
    while (cursor && pages.length < limit) {
      pages.push(cursor.value);
      cursor = await cursor.continue();
    }
    return { total, pages };
  }

  /** Deletes every page past the retention: by age across the log, then each entry's oldest past the count. */
  async prune(retention: Retention, now: number): Promise<void> {
    const tx = this.db.transaction('seen', 'readwrite');
    const byAge = tx.store.index('lastSeen');
    let old = await byAge.openCursor(IDBKeyRange.upperBound(ageCutoff(retention, now), true));
    while (old) {
      await old.delete();
      old = await old.continue();
    }
    const kept = new Map<string, number>();
    let cursor = await tx.store.index('entryLast').openCursor(null, 'prev');
    while (cursor) {
      const count = (kept.get(cursor.value.entryId) ?? 0) + 1;
      kept.set(cursor.value.entryId, count);
      if (count > retention.maxPages) await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.done;
  }

  /** Forgets every page of every entry: the settings' "Clear reading log". */
  async clear(): Promise<void> {
    await this.db.clear('seen');
  }
}
