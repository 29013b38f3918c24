import { numberedIds } from '@/entrypoints/background/entry-numbering';
import { type Hit, type Matcher, matcherDataSteps, matcherFrom } from '@/utils/matcher/compile-matcher';
import type { MatcherBuild } from '@/utils/matcher/matcher-data';
import { finish } from '@/utils/matcher/steps';
import { type EntryFacts, entryFactsOf, type TopicVerdict } from '@/utils/mention-rules';
import type { AliasRecord, Entry } from '@/utils/model';
import type { EntryCount, MentionSummary } from '@/utils/protocol/shapes';
import { aliasRecordsOf } from '@/utils/store/alias-records';

/** A hit with its entry named by id, as the background names a page's entry numbers. */
export type NamedHit = Omit<Hit, 'entry'> & { entryId: string };

/** A page's counts with their entries named by id (`idOf`), as the background names them for the popup. */
export function namedCounts(
  counts: readonly EntryCount[],
  idOf: (entry: number) => string,
): MentionSummary[] {
  return counts.map(({ entry, ...count }) => ({ id: idOf(entry), ...count }));
}

/** A page's topic verdict with its entries named by id. */
export function namedVerdict(verdict: TopicVerdict<number>, idOf: (entry: number) => string): TopicVerdict {
  return { ...verdict, evidence: verdict.evidence.map(idOf), hidden: verdict.hidden.map(idOf) };
}

/** Names each hit's entry from the build that numbered it, so a test reads `macron` where a page holds 0. */
export function namedHits(hits: readonly Hit[], build: Pick<MatcherBuild, 'entryIds'>): NamedHit[] {
  const ids = numberedIds(build.entryIds);
  return hits.map(({ entry, ...hit }) => {
    const entryId = ids[entry];
    if (entryId === undefined) throw new Error(`Hit of entry ${entry}, which the build does not number`);
    return { ...hit, entryId };
  });
}

/**
 * A matcher compiled from `records` whose hits name their entries by id; the matcher a page would hold, and each
 * entry's number in it, both ways.
 */
export function namedMatcher(records: readonly AliasRecord[]): {
  size: number;
  find(text: string): NamedHit[];
  numbered: Matcher;
  idOf(entry: number): string;
  numberOf(id: string): number;
} {
  const build = finish(matcherDataSteps(records));
  const numbered = matcherFrom(build);
  const ids = numberedIds(build.entryIds);
  return {
    size: numbered.size,
    find: (text) => namedHits(numbered.find(text), build),
    numbered,
    idOf: (entry) => ids[entry] ?? `#${entry}`,
    numberOf: (id) => ids.indexOf(id),
  };
}

/**
 * What the background hands a page for `entries`, compiled here: the matcher, the entry facts by number, and the id
 * of each number, as the background reads a page's numbers back.
 */
export function pageMatcherOf(entries: Entry[]): {
  matcher: Matcher;
  facts: EntryFacts;
  idOf(entry: number): string;
} {
  const build = finish(matcherDataSteps(aliasRecordsOf(entries)));
  const ids = numberedIds(build.entryIds);
  const numbers = new Map(ids.map((id, entry) => [id, entry]));
  return {
    matcher: matcherFrom(build),
    facts: entryFactsOf(entries, (id) => numbers.get(id)),
    idOf: (entry) => ids[entry] ?? `#${entry}`,
  };
}
