import { idIndexOf } from './id-index';

/** Each outlet's own names by its entry id, as the gate asks them of an outlet's hit. */
export interface OutletNames {
  get(id: string): readonly string[] | undefined;
}

/** What separates an outlet's names: a name is one line of text. */
const SEPARATOR = '\n';

/**
 * The outlets' names held as one string per outlet, found through an index of their ids (./id-index.ts) rather than
 * a Map of arrays of strings; a name list is cut out only for an outlet's hit, which is rare.
 */
export function outletNamesOf(outlets: Readonly<Record<string, readonly string[]>>): OutletNames {
  const pairs = Object.entries(outlets).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const indexOf = idIndexOf(pairs.map(([id]) => id));
  const names = pairs.map(([, list]) => list.map((name) => name.replaceAll(SEPARATOR, ' ')).join(SEPARATOR));
  return {
    get(id) {
      const at = indexOf(id);
      if (at === -1) return undefined;
      return names[at] === '' ? [] : names[at]!.split(SEPARATOR);
    },
  };
}
