import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Fact, Kind, Stance } from '../model';
import { migrateV1Entries } from './migrate-v1';
import type { StoredEntry } from './stored-entry';

/** The database the background opens when no other name is given. */
export const DB_NAME = 'fact-linker';
/** Version 2 added facts, stances, meta, alias objects and the alias and recency indexes. */
export const DB_VERSION = 2;

/** What the `meta` store keeps: the write counter and whether the starter pack went in once. */
export type MetaKey = 'version' | 'starterInstalled';

/** The version 2 layout, so every store, index and value is typed end to end. */
export interface KbSchema extends DBSchema {
  entries: { key: string; value: StoredEntry; indexes: { kind: Kind; updatedAt: number; aliasKeys: string } };
  facts: { key: string; value: Fact; indexes: { entryIds: string; date: string } };
  stances: { key: string; value: Stance; indexes: { actorId: string; proposalId: string } };
  meta: { key: MetaKey; value: number | boolean };
}

/** A store name of the version 2 layout. */
export type StoreName = StoreNames<KbSchema>;
/** Every store: reads and writes span them all so a request never sees half of another write. */
export const STORES: StoreName[] = ['entries', 'facts', 'stances', 'meta'];
/** A transaction that reads every store. */
export type ReadTx = IDBPTransaction<KbSchema, StoreName[], 'readonly'>;
/** A transaction that writes every store. */
export type WriteTx = IDBPTransaction<KbSchema, StoreName[], 'readwrite'>;
/** The transaction an upgrade runs in. */
export type UpgradeTx = IDBPTransaction<KbSchema, StoreName[], 'versionchange'>;

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
