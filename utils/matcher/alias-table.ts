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

/**
 * Folds every phrase of every alias once (a pattern alias expands to several; plain text is its one phrase) and
 * groups the records sharing a folded key, so the automaton sees each key once; yields every few hundred phrases,
 * as folding 30,000 aliases is itself several milliseconds.
 */
export function* aliasTableSteps(records: readonly AliasRecord[]): Steps<AliasTable> {
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const recordsByKey: number[][] = [];
  const caseKeys: AliasTable['caseKeys'] = [];
  let size = 0;
  /**
   * Lists the record under a phrase's key, once; false when the phrase folds to nothing. A new key's list starts
   * as `[index]`, not `[]` and a push, which would reserve 17 slots for the one record most keys have: at 17,000
   * keys that was a quarter of the table's time, spent by the garbage collector copying them.
   */
  const add = (phrase: string, index: number): boolean => {
    const key = foldKey(phrase);
    if (key === '') return false;
    const k = keyIndex.get(key);
    if (k === undefined) {
      keyIndex.set(key, keys.length);
      keys.push(key);
      recordsByKey.push([index]);
      return true;
    }
    const list = recordsByKey[k]!;
    if (list[list.length - 1] !== index) list.push(index);
    return true;
  };
  let work = 0;
  for (let index = 0; index < records.length; index++) {
    if (work >= CHUNK) {
      work = 0;
      yield;
    }
    const { text, caseSensitive } = records[index]!.alias;
    if (!isPattern(text)) {
      work++;
      caseKeys.push(caseSensitive ? foldCaseKey(text) : undefined);
      if (add(text, index)) size++;
      continue;
    }
    const phrases = phrasesOf(text);
    work += phrases.length + 1;
    caseKeys.push(caseSensitive ? phrases.map((phrase) => foldCaseKey(phrase)) : undefined);
    let compiled = false;
    for (const phrase of phrases) compiled = add(phrase, index) || compiled;
    if (compiled) size++;
  }
  return { keys, recordsByKey, caseKeys, size };
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
