import type { Entry } from '@/utils/model';
import type { UpgradeTx } from './layout';

/** An entry as database version 2 stored it: the model record plus the folded alias keys its alias index read. */
type V2Entry = Entry & { aliasKeys?: string[] };

/** Strips the alias keys from every entry of a version 2 database, inside the upgrade transaction. */
export async function dropAliasKeys(tx: UpgradeTx): Promise<void> {
  let cursor = await tx.objectStore('entries').openCursor();
  while (cursor) {
    const { aliasKeys: _aliasKeys, ...entry } = cursor.value as V2Entry;
    await cursor.update(entry);
    cursor = await cursor.continue();
  }
}
