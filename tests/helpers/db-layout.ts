import { openDB } from 'idb';

/** A database's version and, per store, its sorted index names with `*` after a multi-entry one. */
export interface DbLayout {
  version: number;
  stores: Record<string, string[]>;
}

/** Reads the layout a database really has, to compare it with what an upgrade should leave. */
export async function layoutOf(name: string): Promise<DbLayout> {
  const db = await openDB(name);
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names);
  const stores = Object.fromEntries(
    names.map((store) => {
      const objectStore = tx.objectStore(store);
      const indexes = [...objectStore.indexNames].map((index) =>
        objectStore.index(index).multiEntry ? `${index}*` : index,
      );
      return [store, indexes.sort()];
    }),
  );
  db.close();
  return { version: db.version, stores };
}

/** The layout of the current version: only the indexes some feature queries. */
export const CURRENT_LAYOUT: DbLayout = {
  version: 11,
  stores: {
    entries: [],
    facts: ['entryIds*', 'timeline'],
    meta: [],
    origins: [],
    packs: [],
    stances: ['actorId', 'proposalId', 'timeline'],
    undo: [],
    seen: ['entryLast', 'lastSeen'],
    'pack-bases': [],
    'kept-matrix': [],
    'kept-matcher': [],
  },
};
