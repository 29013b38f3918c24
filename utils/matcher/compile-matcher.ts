import type { AliasRecord, Family } from '@/utils/model';
import { foldCaseKey } from '@/utils/normalize';
import { aliasTableSteps, inKeyOrder } from './alias-table';
import { automatonFrom, automatonSteps } from './automaton';
import { firstSpelling, spells } from './case-keys';
import { firstAt } from './first-index';
import { foldText, originalEnd } from './fold-text';
import { keyCountOf, keyLengthOf } from './key-lengths';
import { flattenSteps, type MatcherBuild, type MatcherData } from './matcher-data';
import { EXCLUDE, hasEntryBit, NEEDS_CONTEXT, recordFlags } from './record-flags';
import { type Candidates, selectLongest } from './select-longest';
import { type Sieve, sieveOf } from './sieve';
import { finish, type Steps } from './steps';
import { noWalks } from './walks';
import { crossesWord } from './word-boundary';

/** One mention found in a text; offsets are UTF-16 offsets into the original (unfolded) text. */
export interface Hit {
  start: number;
  end: number;
  /** The entry's number in the matcher (`MatcherData.recordEntry`), which the background turns into its id. */
  entry: number;
  family: Family;
  /** The entry is generic: the gate shows it only on pages on topic. */
  generic: boolean;
  needsContext: boolean;
}

/** Finds alias mentions in text; compiled once per knowledge-base version, reused for every text block. */
export interface Matcher {
  /** Number of aliases compiled (aliases with no phrase folding to something are skipped). */
  readonly size: number;
  find(text: string): Hit[];
  /** A fresh pass over a page's text nodes that says which may hold a hit (./sieve.ts), before any is read whole. */
  sieve(): Sieve;
}

/** Compiles a matcher at once, for callers that need it now (tests, the popup's tools, Node). */
export function compileMatcher(records: readonly AliasRecord[]): Matcher {
  return matcherFrom(finish(matcherDataSteps(records)));
}

/** Compiles a matcher in chunks, for a caller that spreads the build over idle slices (the bench's pages). */
export function* matcherSteps(records: readonly AliasRecord[]): Steps<Matcher> {
  return matcherFrom(yield* matcherDataSteps(records));
}

/**
 * Compiles all aliases into one automaton so finding mentions costs time linear in the text, not in the number
 * of aliases; a pattern alias (`{UN|U.N.}[-led] mission`) enters it as each of its phrases, with its options. The
 * build yields between chunks: 30,000 aliases take longer than a task should. The result is plain data, so the
 * background builds it once and every page receives it ready. Entries an earlier build `numbered` keep their numbers
 * (`flattenSteps`).
 */
export function* matcherDataSteps(
  records: readonly AliasRecord[],
  numbered: readonly string[] = [],
): Steps<MatcherBuild> {
  const table = yield* aliasTableSteps(records);
  const { data, keyOrder } = yield* automatonSteps(table.keys);
  return yield* flattenSteps(records, inKeyOrder(table, keyOrder), data, numbered);
}

/**
 * The matcher over compiled data. Hits are non-overlapping, leftmost-longest, on word boundaries, sorted by start.
 * An exclusion alias takes part in that selection, so it shields the shorter aliases it covers, but its own hit is
 * dropped.
 */
export function matcherFrom(data: MatcherData): Matcher {
  const { keyRecords, recordEntry, flags, proposals, generic, caseKeys } = data;
  const keys = keyCountOf(data.lengthStarts);
  const keyLength = keyLengthOf(data.lengthStarts);
  const automaton = automatonFrom(data.automaton);
  const walks = noWalks();

  /** The first record whose case rule accepts the text, preferring a real alias to an exclusion spelled alike. */
  const acceptedRecord = (key: number, text: string, from: number, to: number): number => {
    let cased: string | undefined;
    let excluded = -1;
    for (let r = firstAt(keyRecords, key), end = firstAt(keyRecords, key + 1); r < end; r++) {
      const spelling = firstSpelling(caseKeys, r);
      if (spelling !== -1) {
        cased ??= foldCaseKey(text.slice(from, to));
        if (!spells(caseKeys, spelling, cased)) continue;
      }
      if (!(recordFlags(flags, r) & EXCLUDE)) return r;
      if (excluded === -1) excluded = r;
    }
    return excluded;
  };

  const find = (text: string): Hit[] => {
    if (keys === 0 || text === '') return [];
    const { units, length, origin } = foldText(text, true);
    const candidates: Candidates = { start: [], end: [], record: [] };
    walks.count = 0;
    automaton.scan(
      units,
      length,
      (end, key) => {
        const start = end - keyLength(key);
        if (crossesWord(units, length, start, end)) return;
        const from = origin[start]!;
        const to = originalEnd(text, origin[end - 1]!);
        const record = acceptedRecord(key, text, from, to);
        if (record === -1) return;
        candidates.start.push(from);
        candidates.end.push(to);
        candidates.record.push(record);
      },
      walks,
    );
    const hits: Hit[] = [];
    for (const i of selectLongest(candidates)) {
      const record = candidates.record[i]!;
      const recordFlag = recordFlags(flags, record);
      if (recordFlag & EXCLUDE) continue;
      const entry = recordEntry[record]!;
      hits.push({
        start: candidates.start[i]!,
        end: candidates.end[i]!,
        entry,
        family: hasEntryBit(proposals, entry) ? 'proposal' : 'actor',
        generic: hasEntryBit(generic, entry),
        needsContext: (recordFlag & NEEDS_CONTEXT) !== 0,
      });
    }
    return hits;
  };

  return { size: data.size, find, sieve: () => sieveOf(automaton, keyLength) };
}
