import type { IDBPDatabase } from 'idb';
import type { KbSchema, UpgradeTx } from './layout';
import { migrateV1Entries } from './migrate-v1';

/** The database the background opens when no other name is given. */
export const DB_NAME = 'fact-linker';
/** Version 2 added facts, stances, meta, alias objects and the alias and recency indexes. */
export const DB_VERSION = 2;

/** Brings a database of any earlier version to version 2, one historical step at a time. */
export function upgradeKb(
  db: IDBPDatabase<KbSchema>,
  oldVersion: number,
  _new: number | null,
  tx: UpgradeTx,
): void {
  if (oldVersion < 1) {
    db.createObjectStore('entries', { keyPath: 'id' }).createIndex('kind', 'kind');
  }
  if (oldVersion < 2) {
    const entries = tx.objectStore('entries');
    entries.createIndex('updatedAt', 'updatedAt');
    entries.createIndex('aliasKeys', 'aliasKeys', { multiEntry: true });
    const facts = db.createObjectStore('facts', { keyPath: 'id' });
    facts.createIndex('entryIds', 'entryIds', { multiEntry: true });
    facts.createIndex('date', 'date');
    const stances = db.createObjectStore('stances', { keyPath: 'id' });
    stances.createIndex('actorId', 'actorId');
    stances.createIndex('proposalId', 'proposalId');
    db.createObjectStore('meta');
    if (oldVersion === 1) {
      // A failed migration aborts the upgrade, so openDB rejects and the version 1 data stays as it was.
      tx.done.catch(() => undefined);
      migrateV1Entries(tx, Date.now()).catch(() => tx.abort());
    }
  }
}
