import type { Entry } from '../model';
import { foldKey } from '../normalize';

/** An entry as the `entries` store holds it: the model record plus the folded keys the alias index is built on. */
export type StoredEntry = Entry & { aliasKeys: string[] };

/** The entry's name and alias texts folded with `foldKey`, each once: the keys `findByAlias` looks up. */
export function aliasKeysOf(entry: Pick<Entry, 'name' | 'aliases'>): string[] {
  const keys = [entry.name, ...entry.aliases.map((alias) => alias.text)].map(foldKey);
  return [...new Set(keys.filter((key) => key !== ''))];
}

/** Adds the derived alias keys, so the stored record stays the model record plus one index field. */
export function toStored(entry: Entry): StoredEntry {
  return { ...entry, aliasKeys: aliasKeysOf(entry) };
}

/** Strips the derived alias keys, so nothing outside the store ever sees them. */
export function fromStored(stored: StoredEntry): Entry {
  const { aliasKeys: _aliasKeys, ...entry } = stored;
  return entry;
}
