import type { IDBPDatabase } from 'idb';
import type { MatcherWire } from '@/utils/matcher/matcher-wire';
import type { EntryFacts } from '@/utils/mention-rules';
import { BUILD_STAMP } from './build-stamp';
import type { KbSchema } from './layout';

/** What a page needs to find mentions: the compiled matcher, the entries' topic facts, and their version. */
export interface PageMatcher {
  version: number;
  matcher: MatcherWire;
  facts: EntryFacts;
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

/** Keeps `matcher` in place of the one kept before, in a transaction of its own. */
export async function writeKeptMatcher(db: IDBPDatabase<KbSchema>, matcher: PageMatcher): Promise<void> {
  const tx = db.transaction('kept-matcher', 'readwrite');
  await tx.store.clear();
  await tx.store.put({ build: BUILD_STAMP, matcher }, matcher.version);
  await tx.done;
}
