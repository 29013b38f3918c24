/** The slice of a storage area the tickets need (storage.session in the extension, a fake in tests). */
export interface TicketStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number): string => `frameTicket:${tabId}`;

/**
 * One random ticket per tab, handed to that tab's content script and to the popover frame it embeds, so the
 * frame accepts a MessagePort only from our content script. Kept in session storage (which content scripts
 * cannot read) so a restarted service worker hands out the same ticket; made once per tab even when both ask
 * at the same moment.
 */
export class FrameTickets {
  readonly #making = new Map<number, Promise<string>>();

  constructor(private readonly store: TicketStore) {}

  /** This tab's ticket, made on first request. */
  get(tabId: number): Promise<string> {
    const making = this.#making.get(tabId);
    if (making) return making;
    const made = this.#read(tabId).finally(() => this.#making.delete(tabId));
    this.#making.set(tabId, made);
    return made;
  }

  /** Forgets a closed tab's ticket. */
  async drop(tabId: number): Promise<void> {
    await this.store.remove(keyOf(tabId));
  }

  async #read(tabId: number): Promise<string> {
    const key = keyOf(tabId);
    const held = (await this.store.get(key))[key];
    if (typeof held === 'string') return held;
    const ticket = crypto.randomUUID();
    await this.store.set({ [key]: ticket });
    return ticket;
  }
}
