import { type AliasRecord, type Entry, familyOf } from '../model';
import { foldKey } from '../normalize';

/**
 * Every alias of every entry for the matcher, plus the entry's name (any case, no context needed) unless an alias
 * already folds to the same key, in which case the alias's own options win.
 */
export function aliasRecordsOf(entries: Entry[]): AliasRecord[] {
  return entries.flatMap((entry) => {
    const family = familyOf(entry.kind);
    const nameKey = foldKey(entry.name);
    const aliases = entry.aliases.some((alias) => foldKey(alias.text) === nameKey)
      ? entry.aliases
      : [{ text: entry.name, caseSensitive: false, needsContext: false }, ...entry.aliases];
    return aliases.map((alias) => ({ entryId: entry.id, family, alias }));
  });
}
