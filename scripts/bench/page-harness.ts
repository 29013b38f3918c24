import { type Matcher, matcherSteps } from '@/utils/matcher';
import { type AliasRecord, blankEntry, type Entry, type Kind } from '@/utils/model';
import { aliasRecordsOf } from '@/utils/store/alias-records';
import { floor } from './page-floor';
import { markKeywords, markPage } from './page-mark';
import { scanPage } from './page-scan';
import { settle } from './page-timing';

/** An entry as the bench sends it: id, kind, name, and [text, caseSensitive, needsContext] per alias. */
type EntryTuple = [string, Kind, string, [string, number, number][]];

/** The entry fields aliasRecordsOf reads, from a tuple; the rest are blank. */
function entryOf([id, kind, name, aliases]: EntryTuple): Entry {
  return {
    ...blankEntry(id, kind, name),
    aliases: aliases.map(([text, cased, context]) => ({
      text,
      caseSensitive: cased === 1,
      needsContext: context === 1,
    })),
  };
}

let records: AliasRecord[] = [];
let matcher: Matcher | null = null;

/** The page-side bench API, called by scripts/bench.mjs through page.evaluate. */
const bench = {
  settle,
  floor,
  /** Turns a knowledge base's entries into alias records as the store does (untimed: the background does it). */
  setKb(tuples: EntryTuple[]): number {
    records = aliasRecordsOf(tuples.map(entryOf));
    matcher = null;
    return records.length;
  },
  /**
   * Compiles the automaton chunk by chunk as the session's idle slices do, but back to back, and keeps it (so a
   * heap diff sees it): the total is the build time, the longest chunk the most a build adds to one slice.
   */
  compile(): { ms: number; longestChunkMs: number; size: number } {
    const steps = matcherSteps(records);
    let total = 0;
    let longestChunkMs = 0;
    for (;;) {
      const start = performance.now();
      const result = steps.next();
      const ms = performance.now() - start;
      total += ms;
      longestChunkMs = Math.max(longestChunkMs, ms);
      if (result.done) {
        matcher = result.value;
        return { ms: total, longestChunkMs, size: matcher.size };
      }
    }
  },
  scan: () => {
    if (!matcher) throw new Error('compile() first');
    return scanPage(matcher);
  },
  mark: markPage,
  markKeywords,
};

(window as unknown as { __bench: typeof bench }).__bench = bench;
