import bundledStarter from '@/public/starter-pack.json';
import { STARTER_PACK } from '@/utils/bundled-packs';
import type { Collection } from '@/utils/import-plan';
import { COLLECTIONS } from '@/utils/import-plan';
import type { UpgradeTx } from './layout';
import { originKey } from './origins';

/**
 * Version 5 records where every record came from. Before it nothing did, so the only pack known is the starter: a
 * stored record with a starter id comes from the starter pack, edited when its revision differs from the bundled
 * copy's (the editor bumps it on every save, and restoring the starter puts the bundled one back). Revisions, not
 * contents, are compared because a release may change the bundled text itself, and a record the reader never
 * touched must not show as edited for that. Everything else has no origin: the reader's own. The starter is listed
 * as installed and enabled (installed now, as earlier versions did not keep the date) when any of its records is
 * stored.
 */
export async function recordStarterOrigins(tx: UpgradeTx, now: number): Promise<void> {
  const starter = bundledStarter;
  let found = false;
  for (const collection of COLLECTIONS as readonly Collection[]) {
    const store = tx.objectStore(collection);
    for (const record of starter[collection]) {
      const stored = await store.get(record.id);
      if (!stored) continue;
      found = true;
      const edited = stored.rev !== record.rev;
      await tx
        .objectStore('origins')
        .put({ packs: [STARTER_PACK.id], edited }, originKey(collection, record.id));
    }
  }
  if (!found) return;
  await tx.objectStore('packs').put({
    id: STARTER_PACK.id,
    title: starter.title,
    version: starter.exportedAt.slice(0, 10),
    publisher: STARTER_PACK.publisher,
    counts: { entries: starter.entries.length, facts: starter.facts.length, stances: starter.stances.length },
    installedAt: now,
    updatedAt: now,
    enabled: true,
  });
}
