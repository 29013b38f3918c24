import { ascendingIndexOf } from '@/utils/ascending-index';
import { packStrings } from '@/utils/packed-strings';

/**
 * The spellings each case-sensitive record accepts (its case key, ./alias-table.ts), in two arrays and one string: a
 * Map of 2,100 records to strings of their own took about 110 KB in every tab at 10,000 entries, where these take
 * about a third. Spelling i belongs to `records[i]` (ascending) and is `joined` from `starts[i]` to `starts[i + 1]`.
 */
export interface CaseKeys {
  records: Int32Array;
  starts: Int32Array;
  joined: string;
}

/** The table from each record's key: one spelling, or several for a pattern's phrases. */
export function caseKeysOf(pairs: Iterable<readonly [number, string | readonly string[]]>): CaseKeys {
  const spellings: [number, string][] = [];
  for (const [record, key] of pairs) {
    for (const spelling of typeof key === 'string' ? [key] : key) spellings.push([record, spelling]);
  }
  spellings.sort((a, b) => a[0] - b[0]);
  const records = Int32Array.from(spellings, ([record]) => record);
  return { records, ...packStrings(spellings.map(([, spelling]) => spelling)) };
}

/**
 * The table as a page receives it (./matcher-wire.ts): the records and starts in the wire's bytes, the spellings
 * beside them. Refused unless the records climb and name one of the matcher's `records`, and the starts climb
 * from 0 to the end of `joined`: the lookups search the records by halves and cut the spellings at the starts.
 */
export function caseKeysFrom(
  records: Int32Array,
  starts: Int32Array,
  joined: string,
  count: number,
): CaseKeys {
  const climbs = (values: Int32Array) => values.every((value, i) => i === 0 || value >= values[i - 1]!);
  const fits =
    climbs(records) &&
    (records.length === 0 || (records[0]! >= 0 && records.at(-1)! < count)) &&
    climbs(starts) &&
    starts[0] === 0 &&
    starts.at(-1) === joined.length;
  if (!fits) throw new Error(`Matcher case keys that do not fit its ${count} records`);
  return { records, starts, joined };
}

/** Where a record's spellings start, or -1 when its case is free: a search by halves. */
export function firstSpelling({ records }: CaseKeys, record: number): number {
  return ascendingIndexOf(records, record);
}

/** Whether the record whose spellings start at `at` accepts `cased`, compared in place. */
export function spells({ records, starts, joined }: CaseKeys, at: number, cased: string): boolean {
  for (let i = at; i < records.length && records[i] === records[at]; i++) {
    if (starts[i + 1]! - starts[i]! === cased.length && joined.startsWith(cased, starts[i]!)) return true;
  }
  return false;
}
