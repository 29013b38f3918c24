/**
 * How many containers hold some evidence of each entry, so that the page-wide answer ("is this entry on the page?")
 * survives containers coming and going, and the caller learns when it flips.
 */
export class EntryTally {
  readonly #counts = new Map<string, number>();

  /** Whether some container holds the entry. */
  has(id: string): boolean {
    return this.#counts.has(id);
  }

  /** The entries some container holds, in the order they first arrived. */
  ids(): IterableIterator<string> {
    return this.#counts.keys();
  }

  /** How many entries some container holds. */
  get size(): number {
    return this.#counts.size;
  }

  /** Counts one container more (+1) or less (-1) for the entry; true when the entry appeared or vanished. */
  add(id: string, delta: 1 | -1): boolean {
    const before = this.#counts.get(id) ?? 0;
    const after = before + delta;
    if (after <= 0) this.#counts.delete(id);
    else this.#counts.set(id, after);
    return before === 0 || after <= 0;
  }
}
