import { PAUSE_BUDGET_MS, taskPause } from '@/utils/engine/browser-idle';
import type { Matcher } from '@/utils/matcher';
import { matcherDataSteps, matcherFrom } from '@/utils/matcher/compile-matcher';
import { toWire } from '@/utils/matcher/matcher-wire';
import { fromWire } from '@/utils/matcher/wire-unpack';
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
   * Compiles the automaton chunk by chunk as the background does (untimed for the page: it happens once per
   * knowledge-base version, in the background), packs it as the background sends it, then unpacks it as every page
   * does, pausing for a task as the page session does, timed, and keeps it (so a heap diff sees it). The build's
   * total and longest chunk are reported apart; so are the unpacking's total (the sum of its stretches between
   * pauses, the inflate's waits included) and its longest stretch.
   */
  async compile(): Promise<{
    ms: number;
    longestChunkMs: number;
    unpackMs: number;
    longestUnpackMs: number;
    size: number;
  }> {
    const steps = matcherDataSteps(records);
    let total = 0;
    let longestChunkMs = 0;
    for (;;) {
      const start = performance.now();
      const result = steps.next();
      const ms = performance.now() - start;
      total += ms;
      longestChunkMs = Math.max(longestChunkMs, ms);
      if (result.done) {
        const wire = structuredClone(await toWire(result.value));
        const stretches: number[] = [];
        const pause = taskPause(PAUSE_BUDGET_MS, (ran) => stretches.push(ran));
        let resumed = performance.now();
        const data = await fromWire(wire, async () => {
          const paused = stretches.length;
          await pause();
          if (stretches.length > paused) resumed = performance.now();
        });
        matcher = matcherFrom(data);
        stretches.push(performance.now() - resumed);
        const unpackMs = stretches.reduce((sum, ms) => sum + ms, 0);
        return {
          ms: total,
          longestChunkMs,
          unpackMs,
          longestUnpackMs: Math.max(...stretches),
          size: matcher.size,
        };
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
