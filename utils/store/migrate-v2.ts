import type { Entry } from '@/utils/model';

/** An entry as database version 2 stored it: the model record plus the folded alias keys its alias index read. */
export type V2Entry = Entry & { aliasKeys?: string[] };

/** A version 2 entry without the alias keys that only the index version 3 dropped read. */
export function withoutAliasKeys(stored: V2Entry): Entry {
  const { aliasKeys: _aliasKeys, ...entry } = stored;
  return entry;
}
