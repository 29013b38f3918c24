import type { Entry } from '@/utils/model';
import type { UpgradeTx } from './layout';
import { entryFromV1, type V1Entry } from './migrate-v1';
import { type V2Entry, withoutAliasKeys } from './migrate-v2';
import { withEscapedAliases } from './migrate-v3';

/**
 * A stored entry of database version `oldVersion` (1 to 3) in the current shape: its own version's step, then the
 * escaping every version before patterns needs.
 */
export function upgradeEntry(stored: unknown, oldVersion: number, now: number): Entry {
  const entry =
    oldVersion === 1
      ? entryFromV1(stored as V1Entry, now)
      : oldVersion === 2
        ? withoutAliasKeys(stored as V2Entry)
        : (stored as Entry);
  return withEscapedAliases(entry);
}

/**
 * Rewrites every entry of an older database in place, inside the upgrade transaction, in one pass: two passes
 * started together would interleave in the transaction, and one could write back what the other had not yet changed.
 */
export async function upgradeEntries(tx: UpgradeTx, oldVersion: number, now: number): Promise<void> {
  let cursor = await tx.objectStore('entries').openCursor();
  while (cursor) {
    await cursor.update(upgradeEntry(cursor.value, oldVersion, now));
    cursor = await cursor.continue();
  }
}
