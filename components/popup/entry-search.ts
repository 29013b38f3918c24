import { type Entry, type Family, familyOf, type Kind } from '@/utils/model';
import { foldKey } from '@/utils/normalize';
import { aliasKeys } from './alias-owners';
import { byName } from './labels';

/** Which family the entries list shows. */
export type FamilyFilter = 'all' | Family;

/** What the reader typed and chose above the entries list. */
export interface EntryFilter {
  query: string;
  family: FamilyFilter;
  /** A kind, or '' for every kind of the family. */
  kind: Kind | '';
}

/** One entry prepared for searching: folded once per entries array, so a keystroke costs only substring tests. */
export interface SearchRecord {
  entry: Entry;
  family: Family;
  /** The folded name. */
  name: string;
  /** `\n` before each folded alias and each word of the name, so one `includes('\n' + q)` tests "a word starts with q". */
  starts: string;
  /** Folded name, aliases (each phrase of a pattern) and summary. */
  haystack: string;
}

/** Folds every entry once and sorts by name, so searches keep alphabetical order by filtering alone. */
export function buildSearchIndex(entries: readonly Entry[]): SearchRecord[] {
  return [...entries]
    .sort((a, b) => byName(a.name, b.name))
    .map((entry) => {
      const name = foldKey(entry.name);
      const aliases = entry.aliases.flatMap((alias) => aliasKeys(alias.text));
      const words = name.split(/[\s-]+/);
      return {
        entry,
        family: familyOf(entry.kind),
        name,
        starts: `\n${[...words, ...aliases].join('\n')}`,
        haystack: [name, ...aliases, foldKey(entry.summary)].join('\n'),
      };
    });
}

/**
 * Entries matching the filter: every word of the query must occur in the name, an alias or the summary.
 * Names starting with the query come first, then entries with a name word or an alias starting with it,
 * then the rest; each group stays alphabetical by name.
 */
export function searchEntries(index: readonly SearchRecord[], filter: EntryFilter): Entry[] {
  const query = foldKey(filter.query);
  const terms = query.split(' ').filter(Boolean);
  const tiers: Entry[][] = [[], [], []];
  for (const record of index) {
    if (filter.family !== 'all' && record.family !== filter.family) continue;
    if (filter.kind !== '' && record.entry.kind !== filter.kind) continue;
    if (!terms.every((term) => record.haystack.includes(term))) continue;
    const tier =
      query === '' || record.name.startsWith(query) ? 0 : record.starts.includes(`\n${query}`) ? 1 : 2;
    tiers[tier]?.push(record.entry);
  }
  return tiers.flat();
}
