/** Timing and options of {@link HoverIntent}; timers are injectable so tests can use fake ones. */
export interface HoverIntentOptions<T> {
  delayMs(): number;
  requireModifier(): boolean;
  /** Time to travel from the mention into the popover, and to come back, before it closes. */
  graceMs?: number;
  onOpen(target: T, how: { pinned: boolean; focus: boolean }): void;
  /** The pointer came to rest on `target`: a popover may open after the delay, so get ready for it. */
  onPending?(target: T): void;
  onClose(): void;
  setTimer?: (run: () => void, ms: number) => number;
  clearTimer?: (id: number) => void;
}

type State<T> =
  | { phase: 'idle' }
  | { phase: 'pending'; target: T }
  | { phase: 'open'; target: T; pinned: boolean; leaving: boolean };

/**
 * When a popover opens and closes: after a hover-intent delay on a mention, kept open while the pointer travels
 * into it, pinned by a click or a key inside, closed on leaving, Escape or a click outside. It knows nothing of
 * the DOM: the pointer tracker feeds it what is under the pointer.
 */
export class HoverIntent<T> {
  #state: State<T> = { phase: 'idle' };
  #timer: number | undefined;
  /** What the pointer rests on now, so a close that finishes over another mention goes on to open it. */
  #under: T | null = null;
  readonly #set: (run: () => void, ms: number) => number;
  readonly #clear: (id: number) => void;

  constructor(private readonly options: HoverIntentOptions<T>) {
    this.#set = options.setTimer ?? ((run, ms) => window.setTimeout(run, ms));
    this.#clear = options.clearTimer ?? ((id) => window.clearTimeout(id));
  }

  /** The open popover's mention, or null. */
  get open(): T | null {
    return this.#state.phase === 'open' ? this.#state.target : null;
  }

  /** Whether the open popover is pinned. */
  get pinned(): boolean {
    return this.#state.phase === 'open' && this.#state.pinned;
  }

  /** The pointer is over `target` (null: over nothing of ours); `modifier` tells whether Alt is held. */
  over(target: T | null, modifier: boolean): void {
    const wanted = target !== null && (modifier || !this.options.requireModifier()) ? target : null;
    this.#under = wanted;
    const state = this.#state;
    if (state.phase === 'open') {
      if (state.pinned) return;
      if (wanted === state.target) this.#stay(state);
      else this.#leave(state);
      return;
    }
    if (state.phase === 'pending' && wanted === state.target) return;
    this.#wait(wanted);
  }

  /** The pointer is inside the popover: it stays open. */
  inside(): void {
    if (this.#state.phase === 'open') this.#stay(this.#state);
  }

  /** A click on a mention: pins its popover, opening it at once if needed. */
  click(target: T): void {
    const state = this.#state;
    if (state.phase === 'open' && state.target === target) {
      this.#stay(state);
      state.pinned = true;
    } else this.show(target, { pinned: true, focus: false });
  }

  /** A key or click inside the popover: it now closes only on Escape, its close button or a click outside. */
  pin(): void {
    if (this.#state.phase === 'open') {
      this.#stay(this.#state);
      this.#state.pinned = true;
    }
  }

  /** Opens at once, as the keyboard command and the popup's reveal do. */
  show(target: T, how: { pinned: boolean; focus: boolean }): void {
    this.#cancel();
    this.#state = { phase: 'open', target, pinned: how.pinned, leaving: false };
    this.options.onOpen(target, how);
  }

  /** Escape, the close button, a click outside or the mention leaving the view. */
  close(): void {
    this.#cancel();
    const wasOpen = this.#state.phase === 'open';
    this.#state = { phase: 'idle' };
    if (wasOpen) this.options.onClose();
  }

  /** Stops every timer without calling back. */
  destroy(): void {
    this.#cancel();
    this.#state = { phase: 'idle' };
  }

  #wait(target: T | null): void {
    this.#cancel();
    if (target === null) {
      this.#state = { phase: 'idle' };
      return;
    }
    this.#state = { phase: 'pending', target };
    this.options.onPending?.(target);
    this.#timer = this.#set(() => this.show(target, { pinned: false, focus: false }), this.options.delayMs());
  }

  #leave(state: State<T> & { phase: 'open' }): void {
    if (state.leaving) return;
    state.leaving = true;
    this.#timer = this.#set(() => {
      this.close();
      this.#wait(this.#under);
    }, this.options.graceMs ?? 300);
  }

  #stay(state: State<T> & { phase: 'open' }): void {
    if (!state.leaving) return;
    state.leaving = false;
    this.#cancel();
  }

  #cancel(): void {
    if (this.#timer !== undefined) this.#clear(this.#timer);
    this.#timer = undefined;
  }
}
