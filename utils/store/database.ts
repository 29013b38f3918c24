import type { IDBPDatabase } from 'idb';
import type { KbSchema, UpgradeTx } from './layout';
import { upgradeEntries } from './migrate-entries';
import { recordStarterOrigins } from './migrate-v4';

/** The database the background opens when no other name is given. */
export const DB_NAME = 'fact-linker';
/**
 * Version 2 added facts, stances, meta and alias objects; version 3 dropped the indexes no feature queried and the
 * alias keys stored for one of them; version 4 reads alias texts as patterns, so older ones are stored escaped;
 * version 5 added the installed packs and each record's origin (./migrate-v4.ts); version 6 the undo point of the
 * last bulk write (./bulk-snapshot.ts), empty until one; version 7 the mention log (`seen`, ./seen-log.ts), empty; version 8 each pack's last installed version
 * (`pack-bases`, ./pack-bases.ts), empty: packs installed before have no base until their next install; version 9
 * the `timeline` index of facts and stances ([date, updatedAt]; undated stances stay out of it), which the browser
 * builds over the stored records, so the dossier reads its first page alone (./dossier-head.ts); version 10 the kept
 * stance matrix (`kept-matrix`, ./kept-matrix.ts), empty until the background builds one; version 11 the kept page
 * matcher (`kept-matcher`, ./kept-matcher.ts), empty until the background compiles one.
 */
export const DB_VERSION = 11;

/** Indexes earlier versions kept up on every write although nothing queried them, with the version that added each. */
const UNUSED_INDEXES = [
  { since: 1, store: 'entries', name: 'kind' },
  { since: 2, store: 'entries', name: 'updatedAt' },
  { since: 2, store: 'entries', name: 'aliasKeys' },
  { since: 2, store: 'facts', name: 'date' },
] as const;

/** Runs a record migration inside the upgrade: if it fails, the upgrade aborts and the old data stays as it was. */
function migrate(tx: UpgradeTx, run: (tx: UpgradeTx) => Promise<void>): void {
  tx.done.catch(() => undefined);
  run(tx).catch(() => tx.abort());
}

/**
 * Brings a database of any earlier version to version 11: the stores and indexes one historical step at a time, then
 * every entry rewritten from its old shape in a single pass, then the starter's records given their origin.
 */
export function upgradeKb(
  db: IDBPDatabase<KbSchema>,
  oldVersion: number,
  _new: number | null,
  tx: UpgradeTx,
): void {
  if (oldVersion < 1) db.createObjectStore('entries', { keyPath: 'id' });
  if (oldVersion < 2) {
    db.createObjectStore('facts', { keyPath: 'id' }).createIndex('entryIds', 'entryIds', {
      multiEntry: true,
    });
    const stances = db.createObjectStore('stances', { keyPath: 'id' });
    stances.createIndex('actorId', 'actorId');
    stances.createIndex('proposalId', 'proposalId');
    db.createObjectStore('meta');
  }
  if (oldVersion < 3) {
    for (const index of UNUSED_INDEXES) {
      if (oldVersion >= index.since) tx.objectStore(index.store).deleteIndex(index.name);
    }
  }
  if (oldVersion < 5) {
    db.createObjectStore('packs', { keyPath: 'id' });
    db.createObjectStore('origins');
  }
  if (oldVersion < 6) db.createObjectStore('undo');
  if (oldVersion < 7) {
    const seen = db.createObjectStore('seen', { keyPath: ['entryId', 'page'] });
    seen.createIndex('entryLast', ['entryId', 'lastSeen']);
    seen.createIndex('lastSeen', 'lastSeen');
  }
  if (oldVersion < 8) db.createObjectStore('pack-bases', { keyPath: 'id' });
  if (oldVersion < 9) {
    tx.objectStore('facts').createIndex('timeline', ['date', 'updatedAt']);
    tx.objectStore('stances').createIndex('timeline', ['date', 'updatedAt']);
  }
  if (oldVersion < 10) db.createObjectStore('kept-matrix');
  if (oldVersion < 11) db.createObjectStore('kept-matcher');
  if (oldVersion >= 1 && oldVersion < 5) {
    const now = Date.now();
    migrate(tx, async (upgrade) => {
      if (oldVersion < 4) await upgradeEntries(upgrade, oldVersion, now);
      await recordStarterOrigins(upgrade, now);
    });
  }
}
