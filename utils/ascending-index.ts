/**
 * Where `value` is in a list of ascending numbers, or -1: a search by halves. The matcher's case keys find a record's
 * spellings with it, and the gate an outlet's names.
 */
export function ascendingIndexOf(ascending: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = ascending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ascending[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return ascending[lo] === value ? lo : -1;
}
