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

/** Ids between two marks of where an id starts. */
const STRIDE = 16;

/**
 * Looks ids up by index in a joined list, through where every 16th id starts (a quarter of a byte an entry, where a
 * mark per id took four: 40 KB at 10,000 entries): an id is found from the mark before it in at most 15 searches for
 * a space. Only the ids of hits are ever cut out of the list.
 */
export function entryIdLookup(joined: string): (index: number) => string {
  const marks = [0];
  let count = 1;
  for (let at = joined.indexOf(SEPARATOR); at !== -1; at = joined.indexOf(SEPARATOR, at + 1)) {
    if (count++ % STRIDE === 0) marks.push(at + 1);
  }
  const starts = Int32Array.from(marks);
  return (index) => {
    let start = starts[Math.floor(index / STRIDE)]!;
    for (let skip = index % STRIDE; skip > 0; skip--) start = joined.indexOf(SEPARATOR, start) + 1;
    const end = joined.indexOf(SEPARATOR, start);
    return joined.slice(start, end === -1 ? joined.length : end);
  };
}

/** What a joined list of ids may hold: ids (utils/schema/fields.ts) and the spaces between them. */
const JOINED_IDS = /^[a-z0-9 -]*$/;

/** The joined ids back from the bytes a wire carries them in, refused unless they are ids joined by spaces. */
export function entryIdsFrom(bytes: Uint8Array): string {
  const joined = new TextDecoder().decode(bytes);
  if (!JOINED_IDS.test(joined)) throw new Error('Matcher ids that are not entry ids joined by spaces');
  return joined;
}

/** How many ids a joined list holds. */
export function entryIdCount(joined: string): number {
  let count = joined === '' ? 0 : 1;
  for (let at = joined.indexOf(SEPARATOR); at !== -1; at = joined.indexOf(SEPARATOR, at + 1)) count++;
  return count;
}
