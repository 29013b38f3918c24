import type { IDBPDatabase } from 'idb';
import type { MatcherWire } from '@/utils/matcher/matcher-wire';
import type { EntryFacts } from '@/utils/mention-rules';
import { BUILD_STAMP } from './build-stamp';
import type { KbSchema } from './layout';

/**
 * How the entry numbers a page sends are read: the ids of the entries numbered, in number order, joined
 * (utils/matcher/entry-ids.ts), and the epoch they were numbered in, which pages send back with their numbers.
 */
export interface EntryNumbering {
  epoch: string;
  ids: Uint8Array;
}

/**
 * What a page needs to find mentions (the compiled matcher, the entries' topic facts, and their version), and how the
 * background reads the entry numbers a page sends back, which stays with it.
 */
export interface PageMatcher {
  version: number;
  matcher: MatcherWire;
  facts: EntryFacts;
  numbering: EntryNumbering;
}

/** A kept page matcher, with the build that compiled it. */
export interface KeptMatcher {
  build: string;
  matcher: PageMatcher;
}

/**
 * The page matcher kept at `version`, or null when the one kept is of another version or build (or none is): it is kept
 * under its version, so a stale one is never read. Read in a transaction of its own.
 */
export async function readKeptMatcher(
  db: IDBPDatabase<KbSchema>,
  version: number,
): Promise<PageMatcher | null> {
  const kept = await db.get('kept-matcher', version);
  return kept?.build === BUILD_STAMP ? kept.matcher : null;
}

/**
 * The entry numbering of the page matcher kept last, whatever its version, or null when none is or another build of
 * the extension kept it: what a restarted background goes on numbering from.
 */
export async function readKeptNumbering(db: IDBPDatabase<KbSchema>): Promise<EntryNumbering | null> {
  const [kept] = await db.getAll('kept-matcher', undefined, 1);
  return kept?.build === BUILD_STAMP ? kept.matcher.numbering : null;
}

/** Keeps `matcher` in place of the one kept before, in a transaction of its own. */
export async function writeKeptMatcher(db: IDBPDatabase<KbSchema>, matcher: PageMatcher): Promise<void> {
  const tx = db.transaction('kept-matcher', 'readwrite');
  await tx.store.clear();
  await tx.store.put({ build: BUILD_STAMP, matcher }, matcher.version);
  await tx.done;
}
