import { packStrings } from '@/utils/packed-strings';

/** Each id's place in an ascending list of distinct ids, or -1 when it is not in it. */
export type IdIndex = (id: string) => number;

/**
 * An index of ascending distinct ids, held as one string and where each id starts, searched by halves: the gate's
 * lookup of an outlet's names (383 outlets at 10,000 entries) held each id as a string of its own beside a hash table;
 * this takes a third of that. A lookup cuts about ten ids out of the string, once per hit.
 */
export function idIndexOf(ascending: readonly string[]): IdIndex {
  const { starts, joined } = packStrings(ascending);
  const count = ascending.length;
  return (id) => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = joined.slice(starts[mid]!, starts[mid + 1]!);
      if (at === id) return mid;
      if (at < id) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  };
}
