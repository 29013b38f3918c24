import type { Alias, Entry } from '@/utils/model';

/**
 * An entry as database version 1 stored it, kept to document what the upgrade reads: aliases were plain strings,
 * there were no facts or stances, and the fields added later may be missing.
 */
export type V1Entry = Pick<Entry, 'id' | 'kind' | 'name'> & { aliases: string[] } & Partial<
    Omit<Entry, 'id' | 'kind' | 'name' | 'aliases'>
  >;

/** Version 1 had no case option: an alias written all in capitals (UN, G7) was an acronym to match as written. */
function aliasFromV1(text: string): Alias {
  return { text, caseSensitive: /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text), needsContext: false };
}

/** Converts one version 1 record to an entry, filling every missing field with its empty value. */
export function entryFromV1(old: V1Entry, now: number): Entry {
  return {
    id: old.id,
    kind: old.kind,
    name: old.name,
    aliases: old.aliases.map(aliasFromV1),
    role: old.role ?? '',
    affiliation: old.affiliation ?? null,
    summary: old.summary ?? '',
    caveat: old.caveat ?? '',
    links: old.links ?? [],
    tags: old.tags ?? [],
    createdAt: old.createdAt ?? now,
    updatedAt: old.updatedAt ?? now,
    rev: old.rev ?? 1,
  };
}
