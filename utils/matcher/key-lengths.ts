/**
 * How long each key is, as the number of keys shorter than each length: `starts[n]` keys are shorter than n units,
 * for n up to the longest key's length + 1. The keys are numbered in the order of the nodes they end at
 * (./automaton.ts), which the trie numbers level by level, so shorter keys come first and the lengths of 17,171 keys
 * (10,000 entries) take a few hundred bytes where two bytes a key took 34 KB in every page.
 */
export function lengthStartsOf(lengths: ArrayLike<number>): Int32Array {
  let longest = 0;
  for (let k = 0; k < lengths.length; k++) {
    if (lengths[k]! < longest) throw new Error(`Key ${k} is shorter than the one before it`);
    longest = lengths[k]!;
  }
  const starts = new Int32Array(longest + 2);
  for (let k = 0; k < lengths.length; k++) starts[lengths[k]! + 1]!++;
  for (let n = 1; n < starts.length; n++) starts[n]! += starts[n - 1]!;
  return starts;
}

/** How many keys the starts count: all are shorter than the longest length + 1. */
export function keyCountOf(starts: Int32Array): number {
  return starts.at(-1)!;
}

/**
 * Refuses starts a page was sent unless they are what `lengthStartsOf` gives for `keys` keys: none shorter than no
 * units, never falling, all of them counted by the last.
 */
export function checkLengthStarts(starts: Int32Array, keys: number): void {
  const climbs = starts.every((start, n) => n === 0 || start >= starts[n - 1]!);
  if (starts[0] !== 0 || starts[1] !== 0 || !climbs || keyCountOf(starts) !== keys)
    throw new Error(`Matcher key lengths that do not count its ${keys} keys in order`);
}

/** The length of key k: the last length whose start is at or before it, by binary search, at each hit only. */
export function keyLengthOf(starts: Int32Array): (key: number) => number {
  return (key) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= key) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}
