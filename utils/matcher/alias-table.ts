import type { AliasRecord } from '@/utils/model';
import { foldCaseKey, foldKey } from '@/utils/normalize';
import { isPattern } from './alias-pattern';
import { phrasesOf } from './expand-pattern';
import type { Steps } from './steps';

/** Aliases grouped by folded key: what the automaton is built from and how its matches resolve to records. */
export interface AliasTable {
  /** Distinct folded keys, in order of first appearance, or in the automaton's order (`inKeyOrder`). */
  keys: string[];
  /**
   * Record indexes per key, in input order: the first one whose case rule accepts the text wins. A pattern's record
   * is listed under the key of each of its phrases, once.
   */
  recordsByKey: number[][];
  /**
   * Case-kept fold per record, set only for case-sensitive aliases; a pattern's is a list, one per phrase, and the
   * text found is accepted when its own case-kept fold is any of them (it already folds to the key of the one it is).
   */
  caseKeys: (string | readonly string[] | undefined)[];
  /** Number of records compiled (aliases with no phrase that folds to something are skipped). */
  size: number;
}

/** Phrases folded between two yields (a plain alias is one phrase; a pattern also counts its expansion). */
const CHUNK = 512;

/** The table as it grows, with where each key is listed. */
interface Growing extends AliasTable {
  keyIndex: Map<string, number>;
}

/**
 * Folds every phrase of every alias once (a pattern alias expands to several; plain text is its one phrase) and
 * groups the records sharing a folded key, so the automaton sees each key once; yields every few hundred phrases,
 * as folding 30,000 aliases is itself several milliseconds.
 */
export function* aliasTableSteps(records: readonly AliasRecord[]): Steps<AliasTable> {
  const table: Growing = { keys: [], recordsByKey: [], caseKeys: [], size: 0, keyIndex: new Map() };
  for (let index = 0; index < records.length; ) {
    if (index > 0) yield;
    index = foldRecords(table, records, index);
  }
  const { keys, recordsByKey, caseKeys, size } = table;
  return { keys, recordsByKey, caseKeys, size };
}

/**
 * Folds records from `index` on until CHUNK phrases are folded, and says where it stopped. A plain function the
 * build calls chunk after chunk, not a loop of the generator: V8 optimises it, where Chromium left the generator's
 * loop unoptimised.
 */
function foldRecords(table: Growing, records: readonly AliasRecord[], index: number): number {
  let work = 0;
  for (; index < records.length && work < CHUNK; index++) {
    const { text, caseSensitive } = records[index]!.alias;
    if (!isPattern(text)) {
      work++;
      table.caseKeys.push(caseSensitive ? foldCaseKey(text) : undefined);
      if (listPhrase(table, text, index)) table.size++;
      continue;
    }
    const phrases = phrasesOf(text);
    work += phrases.length + 1;
    table.caseKeys.push(caseSensitive ? phrases.map((phrase) => foldCaseKey(phrase)) : undefined);
    let compiled = false;
    for (const phrase of phrases) compiled = listPhrase(table, phrase, index) || compiled;
    if (compiled) table.size++;
  }
  return index;
}

/**
 * Lists the record under a phrase's key, once; false when the phrase folds to nothing. A new key's list starts as
 * `[index]`, not `[]` and a push, which would reserve 17 slots for the one record most keys have: at 17,000 keys that
 * was a quarter of the table's time, spent by the garbage collector copying them.
 */
function listPhrase(table: Growing, phrase: string, index: number): boolean {
  const key = foldKey(phrase);
  if (key === '') return false;
  const k = table.keyIndex.get(key);
  if (k === undefined) {
    table.keyIndex.set(key, table.keys.length);
    table.keys.push(key);
    table.recordsByKey.push([index]);
    return true;
  }
  const list = table.recordsByKey[k]!;
  if (list[list.length - 1] !== index) list.push(index);
  return true;
}

/**
 * The table with its keys in the order the automaton numbers them (./automaton.ts `keyOrder`), so a key the scan
 * reports indexes the matcher's per-key arrays directly; the records and their case rules keep their indexes.
 */
export function inKeyOrder(table: AliasTable, keyOrder: Int32Array): AliasTable {
  return {
    ...table,
    keys: Array.from(keyOrder, (k) => table.keys[k]!),
    recordsByKey: Array.from(keyOrder, (k) => table.recordsByKey[k]!),
  };
}
