import { escapePattern } from '@/utils/matcher/alias-pattern';
import { topicOf } from '@/utils/mention-rules/entry-topic';
import { type AliasRecord, type Entry, familyOf } from '@/utils/model';
import { aliasSpellingName } from '@/utils/schema/name-rules';

/**
 * Every alias of every entry for the matcher, exclusions included, plus the entry's name (any case, no context
 * needed, escaped as the name is never a pattern) unless an alias that is not an exclusion already spells it, one of
 * a pattern's phrases included, in which case its options win: an exclusion spelled like the name must not stop the
 * name from being highlighted.
 */
export function aliasRecordsOf(entries: Entry[]): AliasRecord[] {
  return entries.flatMap((entry) => {
    const family = familyOf(entry.kind);
    const generic = topicOf(entry) === 'generic';
    const aliases = aliasSpellingName(entry.name, entry.aliases)
      ? entry.aliases
      : [{ text: escapePattern(entry.name), caseSensitive: false, needsContext: false }, ...entry.aliases];
    return aliases.map((alias) => ({ entryId: entry.id, family, generic, alias }));
  });
}
