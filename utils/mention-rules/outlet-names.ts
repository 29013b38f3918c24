import { ascendingIndexOf } from '@/utils/ascending-index';

/** Each outlet's own names by its number in the matcher, as the gate asks them of an outlet's hit. */
export interface OutletNames {
  get(entry: number): readonly string[] | undefined;
}

/** What separates an outlet's names: a name is one line of text. */
const SEPARATOR = '\n';

/**
 * The outlets' names held as one string per outlet, found by halves through their numbers in ascending order (383
 * outlets at 10,000 entries) rather than a Map of arrays of strings; a name list is cut out only for an outlet's hit,
 * which is rare. Keys that are not entry numbers are left out: none comes from the background.
 */
export function outletNamesOf(outlets: Readonly<Record<number, readonly string[]>>): OutletNames {
  const pairs = Object.entries(outlets)
    .map(([key, list]) => [Number(key), list] as const)
    .filter(([entry]) => Number.isInteger(entry) && entry >= 0)
    .sort(([a], [b]) => a - b);
  const numbers = Int32Array.from(pairs, ([entry]) => entry);
  const names = pairs.map(([, list]) => list.map((name) => name.replaceAll(SEPARATOR, ' ')).join(SEPARATOR));
  return {
    get(entry) {
      const at = ascendingIndexOf(numbers, entry);
      if (at === -1) return undefined;
      return names[at] === '' ? [] : names[at]!.split(SEPARATOR);
    },
  };
}
