import type { AliasRecord } from '@/utils/model';
import type { AliasTable } from './alias-table';
import type { AutomatonData } from './automaton';
import { type CaseKeys, caseKeysOf } from './case-keys';
import { joinEntryIds } from './entry-ids';
import { type FirstIndex, firstAt, firstIndexOf } from './first-index';
import { indexKind } from './index-kind';
import { lengthStartsOf } from './key-lengths';
import { entryBits, packRecordFlags } from './record-flags';
import { type RecordsRead, readRecords } from './records-read';
import type { Steps } from './steps';

/**
 * A compiled matcher as plain data, typed arrays and strings only: the background builds it once per
 * knowledge-base version and sends it to every page (./matcher-wire.ts), which only has to wrap it
 * (`matcherFrom`), never compile. Its records are the alias records as listed under each key, key by key (a
 * pattern's record once under each of its phrases' keys), so a key's records are consecutive and need no list of
 * indexes: that list took 59 KB in every tab at 10,000 entries, and the few records listed twice cost less.
 */
export interface MatcherData {
  automaton: AutomatonData;
  /** How many keys are shorter than each length, in folded units (./key-lengths.ts): the keys' lengths. */
  lengthStarts: Int32Array;
  /**
   * Key k's records, in order, are `firstAt(keyRecords, k)` up to `firstAt(keyRecords, k + 1)`: where each starts in
   * one to two bytes a key (./first-index.ts), where four took 138 KB more per tab at 50,000 entries.
   */
  keyRecords: FirstIndex;
  /**
   * Each record's entry, by number: the entries are numbered as their records are first met, in two bytes up to
   * 65,536 entries (./index-kind.ts). A page names entries by these numbers, and the background, which holds their
   * ids (`MatcherBuild`), turns them into ids.
   */
  recordEntry: Uint16Array | Int32Array;
  /** How many entries the records name. */
  entries: number;
  /** Per record, two bits: EXCLUDE, NEEDS_CONTEXT (./record-flags.ts). */
  flags: Uint8Array;
  /** Per entry, a bit: set where it is a proposal (else an actor). */
  proposals: Uint8Array;
  /**
   * Per entry, a bit: set where it is generic, shown only on pages on topic (../mention-rules/mention-gate.ts). Pages
   * got the generic entries' ids in a list beside the matcher: 2,566 ids at 10,000 entries, 20 KB of text and 10 KB of
   * index in every tab, searched a dozen slices deep for each hit.
   */
  generic: Uint8Array;
  /** The case rule of each case-sensitive record; the others are case-blind. */
  caseKeys: CaseKeys;
  /** Number of alias records compiled (aliases with no phrase that folds to something are skipped). */
  size: number;
}

/**
 * A compiled matcher as the background holds it: the data every page gets, and the ids of the entries it numbers, in
 * order, as bytes joined by spaces (./entry-ids.ts). Pages no longer get the ids (87 KB in every tab at 10,000
 * entries, more with real ids): a page names entries by number, and the background names them by id again.
 */
export type MatcherBuild = MatcherData & { entryIds: Uint8Array };

/** Keys flattened between two yields. */
const CHUNK = 16_384;

/** The records listed key by key so far, between two chunks of keys (`listRecords`). */
interface Listing {
  table: AliasTable;
  read: RecordsRead;
  /** Per entry's place in `read.ids`, its number, or -1 until its first record is met. */
  numbers: Int32Array;
  /** The ids of the entries numbered so far, by number. */
  ids: string[];
  /** Each entry's first record (its family and topic class, which all its records share), or -1 for none. */
  entryRecord: number[];
  flags: Uint8Array;
  recordEntry: Int32Array;
  caseKeys: [number, string | readonly string[]][];
  /** Where the next record listed goes. */
  at: number;
}

/**
 * Flattens what the matcher needs of the alias table and the records next to the compiled automaton, yielding
 * between stretches: with the automaton's last stretch, it made one step of 57-59 ms at 10,000 entries and 145 ms
 * at 50,000 (Node). The entries `numbered` by an earlier build keep their numbers, whether they still have records
 * or not, and the others are numbered after them as their records are first met, key by key: so a number a page
 * holds means the same entry after the knowledge base changes (entrypoints/background/entry-numbering.ts).
 */
export function* flattenSteps(
  records: readonly AliasRecord[],
  table: AliasTable,
  automaton: AutomatonData,
  numbered: readonly string[] = [],
): Steps<MatcherBuild> {
  const { keys, recordsByKey } = table;
  const lengthStarts = lengthStartsOf(Array.from(keys, (key) => key.length));
  const keyRecords = firstIndexOf(keys.length, (k) => recordsByKey[k]!.length, 0);
  const listed = firstAt(keyRecords, keys.length);
  const read = readRecords(records);
  const numberOf = new Map(numbered.map((id, entry) => [id, entry]));
  if (numberOf.size !== numbered.length) throw new Error('An entry numbering that names an entry twice');
  const listing: Listing = {
    table,
    read,
    numbers: Int32Array.from(read.ids, (id) => numberOf.get(id) ?? -1),
    ids: [...numbered],
    entryRecord: numbered.map(() => -1),
    flags: new Uint8Array(listed),
    recordEntry: new Int32Array(listed),
    caseKeys: [],
    at: 0,
  };
  for (let k = 0; k < keys.length; k += CHUNK) {
    yield;
    listRecords(listing, k, Math.min(k + CHUNK, keys.length));
  }
  yield;
  const { ids, entryRecord } = listing;
  return {
    automaton,
    lengthStarts,
    keyRecords,
    entryIds: joinEntryIds(ids),
    recordEntry: indexKind(ids.length).from(listing.recordEntry),
    entries: ids.length,
    flags: packRecordFlags(listing.flags),
    proposals: entryBits(ids.length, (entry) => records[entryRecord[entry]!]?.family === 'proposal'),
    generic: entryBits(ids.length, (entry) => records[entryRecord[entry]!]?.generic === true),
    caseKeys: caseKeysOf(listing.caseKeys),
    size: table.size,
  };
}

/**
 * Lists the records of keys `from` up to `to`, numbering entries as they are first met. A plain function the build
 * calls chunk after chunk, not a loop of the generator: V8 optimises it, where Chromium left the generator's loop
 * unoptimised.
 */
function listRecords(listing: Listing, from: number, to: number): void {
  const { table, read, numbers, ids, entryRecord, flags, recordEntry, caseKeys } = listing;
  let at = listing.at;
  for (let k = from; k < to; k++) {
    for (const r of table.recordsByKey[k]!) {
      flags[at] = read.flags[r]!;
      const place = read.entry[r]!;
      let entry = numbers[place]!;
      if (entry === -1) {
        entry = ids.length;
        numbers[place] = entry;
        ids.push(read.ids[place]!);
        entryRecord.push(r);
      } else if (entryRecord[entry] === -1) entryRecord[entry] = r;
      recordEntry[at] = entry;
      const caseKey = table.caseKeys[r];
      if (caseKey !== undefined) caseKeys.push([at, caseKey]);
      at++;
    }
  }
  listing.at = at;
}
