import type { DBSchema, IDBPTransaction, StoreNames } from 'idb';
import type { InstalledPack, Origin } from '@/utils/installed-pack';
import type { Entry, Fact, Stance } from '@/utils/model';
import type { SeenPage } from '@/utils/seen';
import type { BulkSnapshot } from './bulk-snapshot';
import type { KeptMatcher } from './kept-matcher';
import type { KeptMatrixPart } from './kept-matrix';
import type { PackBase } from './pack-bases';

/** What the `meta` store keeps: the write counter and whether the starter pack went in once. */
export type MetaKey = 'version' | 'starterInstalled';

/**
 * The version 11 layout, so every store, index and value is typed end to end: only the indexes features query. `packs`
 * holds the installed packs by id; `origins` each record's origin under `originKey` (absent: the reader's own);
 * `undo` the one bulk write that can be undone, under `bulk`; `seen` the mention log under [entryId, page], with
 * `entryLast` for an entry's pages latest first and `lastSeen` for pruning by age; `pack-bases` the version of each
 * pack last installed, by pack id, which its updates are merged against; facts' and stances' `timeline` index orders
 * them as the dossier's timeline does (an undated stance has no key there); `kept-matrix` the stance matrix last built,
 * in parts of consecutive actors by part number, each tagged with the write counter it was built at and the build
 * that made it; `kept-matcher` the page matcher last compiled, under the write counter it was compiled at, with its
 * build.
 */
export interface KbSchema extends DBSchema {
  entries: { key: string; value: Entry };
  facts: { key: string; value: Fact; indexes: { entryIds: string; timeline: [string, number] } };
  stances: {
    key: string;
    value: Stance;
    indexes: { actorId: string; proposalId: string; timeline: [string, number] };
  };
  meta: { key: MetaKey; value: number | boolean };
  packs: { key: string; value: InstalledPack };
  origins: { key: string; value: Origin };
  undo: { key: 'bulk'; value: BulkSnapshot };
  seen: {
    key: [string, string];
    value: SeenPage;
    indexes: { entryLast: [string, number]; lastSeen: number };
  };
  'pack-bases': { key: string; value: PackBase };
  'kept-matrix': { key: number; value: KeptMatrixPart };
  'kept-matcher': { key: number; value: KeptMatcher };
}

/** A store name of the current layout. */
export type StoreName = StoreNames<KbSchema>;
/**
 * Every store of records: reads and writes span them all so a request never sees half of another write. The kept
 * matrix and matcher are not among them: they are derived, tagged with the version they were built at, and read and
 * written alone.
 */
export const STORES: StoreName[] = [
  'entries',
  'facts',
  'stances',
  'meta',
  'packs',
  'origins',
  'undo',
  'seen',
  'pack-bases',
];
/** A transaction that reads every store. */
export type ReadTx = IDBPTransaction<KbSchema, StoreName[], 'readonly'>;
/** A transaction that writes every store. */
export type WriteTx = IDBPTransaction<KbSchema, StoreName[], 'readwrite'>;
/** A transaction over every store that may read: the readers' and the writers' alike. */
export type AnyTx = IDBPTransaction<KbSchema, StoreName[], 'readonly' | 'readwrite'>;
/** The transaction an upgrade runs in. */
export type UpgradeTx = IDBPTransaction<KbSchema, StoreName[], 'versionchange'>;
