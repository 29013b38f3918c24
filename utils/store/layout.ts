import type { DBSchema, IDBPTransaction, StoreNames } from 'idb';
import type { Entry, Fact, Stance } from '@/utils/model';

/** What the `meta` store keeps: the write counter and whether the starter pack went in once. */
export type MetaKey = 'version' | 'starterInstalled';

/** The version 4 layout (the same stores and indexes as version 3), so every store, index and value is typed end to end: only the indexes features query. */
export interface KbSchema extends DBSchema {
  entries: { key: string; value: Entry };
  facts: { key: string; value: Fact; indexes: { entryIds: string } };
  stances: { key: string; value: Stance; indexes: { actorId: string; proposalId: string } };
  meta: { key: MetaKey; value: number | boolean };
}

/** A store name of the current layout. */
export type StoreName = StoreNames<KbSchema>;
/** Every store: reads and writes span them all so a request never sees half of another write. */
export const STORES: StoreName[] = ['entries', 'facts', 'stances', 'meta'];
/** A transaction that reads every store. */
export type ReadTx = IDBPTransaction<KbSchema, StoreName[], 'readonly'>;
/** A transaction that writes every store. */
export type WriteTx = IDBPTransaction<KbSchema, StoreName[], 'readwrite'>;
/** A transaction over every store that may read: the readers' and the writers' alike. */
export type AnyTx = IDBPTransaction<KbSchema, StoreName[], 'readonly' | 'readwrite'>;
/** The transaction an upgrade runs in. */
export type UpgradeTx = IDBPTransaction<KbSchema, StoreName[], 'versionchange'>;
