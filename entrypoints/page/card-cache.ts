import type { Card } from '@/utils/model';

/**
 * Fetches the cards of entries by number in `epoch` in one request, one answer a number: `kb.cards` in the page, a
 * fake in tests.
 */
export type FetchCards = (epoch: string, entries: number[]) => Promise<(Card | null)[]>;

/**
 * The cards of every entry on the page, by the entry's number in the matcher, fetched in one request once the scan
 * settles, so a popover renders within a frame of its hover delay instead of waiting on the background. It holds
 * the numbers of one epoch, the one of the mentions it was last given (`useEpoch`).
 */
export class CardCache {
  #cards = new Map<number, Card>();
  #generation = 0;
  #epoch = '';

  constructor(private readonly fetch: FetchCards) {}

  /** Takes numbers of `epoch` from now on: what it holds of another epoch's numbers is forgotten. */
  useEpoch(epoch: string): void {
    if (epoch === this.#epoch) return;
    this.clear();
    this.#epoch = epoch;
  }

  /** Fetches the cards not held yet among `entries`. */
  async sync(entries: readonly number[]): Promise<void> {
    const missing = entries.filter((entry) => !this.#cards.has(entry));
    if (missing.length === 0) return;
    const generation = this.#generation;
    const cards = await this.fetch(this.#epoch, missing);
    if (generation !== this.#generation) return;
    cards.forEach((card, i) => {
      if (card) this.#cards.set(missing[i]!, card);
    });
  }

  /** A held card, or one fetched now when the scan's prefetch has not brought it yet. */
  async get(entry: number): Promise<Card | null> {
    const held = this.#cards.get(entry);
    if (held) return held;
    await this.sync([entry]);
    return this.#cards.get(entry) ?? null;
  }

  /** The held card, without waiting. */
  peek(entry: number): Card | null {
    return this.#cards.get(entry) ?? null;
  }

  /** Forgets every card after a knowledge-base change; fetches already under way are dropped. */
  clear(): void {
    this.#generation++;
    this.#cards.clear();
  }
}
