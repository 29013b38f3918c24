/** What joins the ids: a space, which no id holds. */
const SPACE = 0x20;

/** What an entry id is (utils/schema/fields.ts): lower-case ASCII letters, digits and hyphens, so a byte a character. */
const ID = /^[a-z0-9-]+$/;

/**
 * The entries' ids as one list of bytes joined by spaces, as a compiled matcher keeps and sends them: each page held
 * 10,000 separate id strings at 10,000 entries, each with its own header, and checked each one as it arrived; then
 * one joined string, which Firefox's TextDecoder made two bytes a character (1 MB a tab at 50,000 entries). Refuses
 * an id that is not an entry id, which could not be told apart again or cut out byte for character.
 */
export function joinEntryIds(ids: readonly string[]): Uint8Array {
  for (const id of ids) if (!ID.test(id)) throw new Error(`Entry id ${JSON.stringify(id)} cannot be packed`);
  return new TextEncoder().encode(ids.join(' '));
}

/** Ids between two marks of where an id starts. */
const STRIDE = 16;

/**
 * Looks ids up by index in a joined list, through where every 16th id starts (a quarter of a byte an entry, where a
 * mark per id took four: 40 KB at 10,000 entries): an id is found from the mark before it in at most 15 searches for
 * a space. The background turns the entry numbers a page sends into ids with it, and refuses a number past the last
 * (undefined), which no page of that matcher could have had.
 */
export function entryIdLookup(joined: Uint8Array): (index: number) => string | undefined {
  const marks = [0];
  let count = 1;
  for (let at = joined.indexOf(SPACE); at !== -1; at = joined.indexOf(SPACE, at + 1)) {
    if (count++ % STRIDE === 0) marks.push(at + 1);
  }
  const starts = Int32Array.from(marks);
  const ids = joined.length === 0 ? 0 : count;
  return (index) => {
    if (!Number.isInteger(index) || index < 0 || index >= ids) return undefined;
    let start = starts[Math.floor(index / STRIDE)]!;
    for (let skip = index % STRIDE; skip > 0; skip--) start = joined.indexOf(SPACE, start) + 1;
    const end = joined.indexOf(SPACE, start);
    const id = joined.subarray(start, end === -1 ? joined.length : end);
    return String.fromCharCode.apply(null, id as unknown as number[]);
  };
}
