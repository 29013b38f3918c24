import type { Card } from '@/utils/model';
import { call } from '@/utils/protocol/call';

/** Fetches cards in one request; `call('kb.cards', …)` in the page, a fake in tests. */
export type FetchCards = (ids: string[]) => Promise<Card[]>;

/**
 * The cards of every entry on the page, fetched in one request once the scan settles, so a popover renders
 * within a frame of its hover delay instead of waiting on the background.
 */
export class CardCache {
  #cards = new Map<string, Card>();
  #generation = 0;

  constructor(private readonly fetch: FetchCards = (ids) => call('kb.cards', { ids })) {}

  /** Fetches the cards not held yet among `ids`. */
  async sync(ids: readonly string[]): Promise<void> {
    const missing = ids.filter((id) => !this.#cards.has(id));
    if (missing.length === 0) return;
    const generation = this.#generation;
    const cards = await this.fetch(missing);
    if (generation !== this.#generation) return;
    for (const card of cards) this.#cards.set(card.entry.id, card);
  }

  /** A held card, or one fetched now when the scan's prefetch has not brought it yet. */
  async get(id: string): Promise<Card | null> {
    const held = this.#cards.get(id);
    if (held) return held;
    await this.sync([id]);
    return this.#cards.get(id) ?? null;
  }

  /** The held card, without waiting. */
  peek(id: string): Card | null {
    return this.#cards.get(id) ?? null;
  }

  /** Forgets every card after a knowledge-base change; fetches already under way are dropped. */
  clear(): void {
    this.#generation++;
    this.#cards.clear();
  }
}
