import type { AliasRecord } from '@/utils/model';
import { foldCaseKey, foldKey } from '@/utils/normalize';
import type { Steps } from './steps';
import { endsWithWord, startsWithWord } from './word-boundary';

/** Aliases grouped by folded key: what the automaton is built from and how its matches resolve to records. */
export interface AliasTable {
  /** Distinct folded keys, in order of first appearance. */
  keys: string[];
  /** Record indexes per key, in input order: the first one whose case rule accepts the text wins. */
  recordsByKey: number[][];
  /** Case-kept fold per record, set only for case-sensitive aliases. */
  caseKeys: (string | undefined)[];
  /** Per key: bit 1 when a hit needs a word boundary before it, bit 2 when after it. */
  edges: Uint8Array;
  /** Number of records compiled (aliases that fold to empty are skipped). */
  size: number;
}

/** Records folded between two yields. */
const CHUNK = 512;

/**
 * Folds every alias once and groups records sharing a folded key, so the automaton sees each key once; yields
 * every few hundred records, as folding 30,000 aliases is itself several milliseconds.
 */
export function* aliasTableSteps(records: readonly AliasRecord[]): Steps<AliasTable> {
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const recordsByKey: number[][] = [];
  const caseKeys: (string | undefined)[] = [];
  let size = 0;
  for (let index = 0; index < records.length; index++) {
    if (index % CHUNK === CHUNK - 1) yield;
    const record = records[index]!;
    const key = foldKey(record.alias.text);
    caseKeys.push(record.alias.caseSensitive ? foldCaseKey(record.alias.text) : undefined);
    if (key === '') continue;
    size++;
    let k = keyIndex.get(key);
    if (k === undefined) {
      k = keys.length;
      keyIndex.set(key, k);
      keys.push(key);
      recordsByKey.push([]);
    }
    recordsByKey[k]!.push(index);
  }
  const edges = new Uint8Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    if (k % CHUNK === CHUNK - 1) yield;
    edges[k] = (startsWithWord(keys[k]!) ? 1 : 0) | (endsWithWord(keys[k]!) ? 2 : 0);
  }
  return { keys, recordsByKey, caseKeys, edges, size };
}
