/** What joins the ids: an entry id is lower-case letters, digits and hyphens (utils/schema/fields.ts), no space. */
const SEPARATOR = ' ';

/**
 * The entries' ids as one string, as a compiled matcher keeps and sends them: each page held 10,000 separate id
 * strings at 10,000 entries, each with its own header, and checked each one as it arrived. Refuses an id that could
 * not be told apart again.
 */
export function joinEntryIds(ids: readonly string[]): string {
  for (const id of ids) {
    if (id === '' || id.includes(SEPARATOR))
      throw new Error(`Entry id ${JSON.stringify(id)} cannot be packed`);
  }
  return ids.join(SEPARATOR);
}

/**
 * Looks ids up by index in a joined list, through a table of where each starts (four bytes an entry), built in one
 * pass; only the ids of hits are ever cut out of it.
 */
export function entryIdLookup(joined: string): (index: number) => string {
  const found = [0];
  for (let at = joined.indexOf(SEPARATOR); at !== -1; at = joined.indexOf(SEPARATOR, at + 1))
    found.push(at + 1);
  found.push(joined.length + 1);
  const starts = Int32Array.from(found);
  return (index) => joined.slice(starts[index]!, starts[index + 1]! - 1);
}

/** How many ids a joined list holds. */
export function entryIdCount(joined: string): number {
  let count = joined === '' ? 0 : 1;
  for (let at = joined.indexOf(SEPARATOR); at !== -1; at = joined.indexOf(SEPARATOR, at + 1)) count++;
  return count;
}

/**
 * The array type of an index into the ids: two bytes while there are at most 65,536 entries (which saves every page
 * 300 KB at 50,000 entries, with three records an entry), four past that.
 */
export function entryIndexKind(entries: number): typeof Uint16Array | typeof Int32Array {
  return entries <= 0x10000 ? Uint16Array : Int32Array;
}
