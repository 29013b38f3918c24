import { escapePattern } from '@/utils/matcher/alias-pattern';
import type { Entry } from '@/utils/model';

/**
 * An entry of a database before version 4 with every alias text escaped: version 4 reads `{ } [ ] | \` in alias
 * texts as pattern syntax, and an alias stored before patterns existed must keep matching exactly what it matched.
 */
export function withEscapedAliases(entry: Entry): Entry {
  return { ...entry, aliases: entry.aliases.map((alias) => ({ ...alias, text: escapePattern(alias.text) })) };
}
