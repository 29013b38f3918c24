import type { AliasRecord } from '@/utils/model';
import { foldCaseKey, foldKey } from '@/utils/normalize';
import { phrasesOf } from './expand-pattern';
import type { Steps } from './steps';
import { endsWithWord, startsWithWord } from './word-boundary';

/** Aliases grouped by folded key: what the automaton is built from and how its matches resolve to records. */
export interface AliasTable {
  /** Distinct folded keys, in order of first appearance. */
  keys: string[];
  /**
   * Per key, the records spelled that way, in input order (the first one whose case rule accepts the text wins),
   * each with the case-kept fold of the phrase to compare, or undefined when the alias ignores case. A pattern's
   * record appears under the key of each of its phrases.
   */
  spellingsByKey: { record: number; caseKey: string | undefined }[][];
  /** Per key: bit 1 when a hit needs a word boundary before it, bit 2 when after it. */
  edges: Uint8Array;
  /** Number of records compiled (aliases with no phrase that folds to something are skipped). */
  size: number;
}

/** Phrases folded between two yields. */
const CHUNK = 512;

/**
 * Folds every phrase of every alias once (a pattern alias expands to several) and groups the records sharing a
 * folded key, so the automaton sees each key once; yields every few hundred phrases, as folding 30,000 aliases is
 * itself several milliseconds.
 */
export function* aliasTableSteps(records: readonly AliasRecord[]): Steps<AliasTable> {
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const spellingsByKey: AliasTable['spellingsByKey'] = [];
  let size = 0;
  let folded = 0;
  for (let index = 0; index < records.length; index++) {
    const { text, caseSensitive } = records[index]!.alias;
    let compiled = false;
    for (const phrase of phrasesOf(text)) {
      if (folded++ % CHUNK === CHUNK - 1) yield;
      const key = foldKey(phrase);
      if (key === '') continue;
      compiled = true;
      const caseKey = caseSensitive ? foldCaseKey(phrase) : undefined;
      let k = keyIndex.get(key);
      if (k === undefined) {
        k = keys.length;
        keyIndex.set(key, k);
        keys.push(key);
        spellingsByKey.push([]);
      }
      const spellings = spellingsByKey[k]!;
      if (!spellings.some((known) => known.record === index && known.caseKey === caseKey))
        spellings.push({ record: index, caseKey });
    }
    if (compiled) size++;
  }
  const edges = new Uint8Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    if (k % CHUNK === CHUNK - 1) yield;
    edges[k] = (startsWithWord(keys[k]!) ? 1 : 0) | (endsWithWord(keys[k]!) ? 2 : 0);
  }
  return { keys, spellingsByKey, edges, size };
}
