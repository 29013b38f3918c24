import { type AliasRecord, type Entry, familyOf } from '@/utils/model';
import { foldKey } from '@/utils/normalize';

/**
 * Every alias of every entry for the matcher, exclusions included, plus the entry's name (any case, no context
 * needed) unless an alias that is not an exclusion already folds to the same key, in which case its options win: an
 * exclusion spelled like the name must not stop the name from being highlighted.
 */
export function aliasRecordsOf(entries: Entry[]): AliasRecord[] {
  return entries.flatMap((entry) => {
    const family = familyOf(entry.kind);
    const nameKey = foldKey(entry.name);
    const aliases = entry.aliases.some((alias) => !alias.exclude && foldKey(alias.text) === nameKey)
      ? entry.aliases
      : [{ text: entry.name, caseSensitive: false, needsContext: false }, ...entry.aliases];
    return aliases.map((alias) => ({ entryId: entry.id, family, alias }));
  });
}
