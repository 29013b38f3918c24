import { openDB } from 'idb';
import type { Entry } from '@/utils/model';
import { upgradeKb } from '@/utils/store/database';
import { type Kb, openKb } from '@/utils/store/kb';
import type { KbSchema, StoreName } from '@/utils/store/layout';
import { freshName } from './kb-records';

/**
 * A knowledge base that was at `version` (today's upgrade with the stores added since dropped) holding `entry`,
 * opened again so it is upgraded: what a store's upgrade test starts from.
 */
export async function upgradedFrom(
  version: number,
  dropped: StoreName[],
  entry: Entry,
): Promise<{ name: string; kb: Kb }> {
  const name = freshName();
  const db = await openDB<KbSchema>(name, version, {
    upgrade(older, oldVersion, newVersion, tx) {
      upgradeKb(older, oldVersion, newVersion, tx);
      for (const store of dropped) older.deleteObjectStore(store);
    },
  });
  await db.put('entries', entry);
  db.close();
  return { name, kb: await openKb(name) };
}
