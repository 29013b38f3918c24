/**
 * How many containers hold some evidence of each entry (by its number in the matcher), so that the page-wide answer
 * ("is this entry on the page?") survives containers coming and going, and the caller learns when it flips.
 */
export class EntryTally {
  readonly #counts = new Map<number, number>();

  /** Whether some container holds the entry. */
  has(entry: number): boolean {
    return this.#counts.has(entry);
  }

  /** The entries some container holds, in the order they first arrived. */
  entries(): IterableIterator<number> {
    return this.#counts.keys();
  }

  /** How many entries some container holds. */
  get size(): number {
    return this.#counts.size;
  }

  /** Counts one container more (+1) or less (-1) for the entry; true when the entry appeared or vanished. */
  add(entry: number, delta: 1 | -1): boolean {
    const before = this.#counts.get(entry) ?? 0;
    const after = before + delta;
    if (after <= 0) this.#counts.delete(entry);
    else this.#counts.set(entry, after);
    return before === 0 || after <= 0;
  }
}
