import { render } from 'preact';
import { PopoverCard } from '@/components/popover/popover-card';
import type { Card } from '@/utils/model';
import type { PageMention } from '../page-mentions';
import { reportOpenTime } from './open-timing';
import { followMention } from './placement';
import { createUiHost, type UiHost } from './ui-host';

/** What the view asks of its owner: the popover's buttons and the mention leaving the view. */
export interface PopoverViewOptions {
  doc: Document;
  onEdit(entryId: string): void;
  onClose(): void;
  onGone(): void;
}

/**
 * The popover's DOM: PopoverCard rendered with Preact into our shadow root, placed by the mention. The host is
 * made on the first show, so pages where the reader never opens a popover get no element at all.
 */
export class PopoverView {
  #ui: UiHost | null = null;
  #unfollow: (() => void) | null = null;
  #opened = 0;

  constructor(private readonly options: PopoverViewOptions) {}

  /** Whether an event came from inside our UI. */
  contains(event: Event): boolean {
    return this.#ui?.contains(event) ?? false;
  }

  /** Whether focus is inside the popover. */
  hasFocus(): boolean {
    return this.#ui !== null && this.options.doc.activeElement === this.#ui.host;
  }

  /** Renders a card by its mention; `start` is when the open was decided, for the timing report. */
  show(card: Card, mention: PageMention, focus: boolean, start: number): void {
    this.#ui ??= createUiHost(this.options.doc);
    const { container } = this.#ui;
    this.#unfollow?.();
    const headingId = `fl-heading-${++this.#opened}`;
    container.setAttribute('aria-labelledby', headingId);
    container.lang = 'en';
    render(
      <PopoverCard
        card={card}
        matchedAlias={mention.text}
        headingId={headingId}
        onEdit={this.options.onEdit}
        onClose={this.options.onClose}
      />,
      container,
    );
    container.hidden = false;
    this.#unfollow = followMention(mention.range, container, this.options.onGone);
    if (focus) container.focus({ preventScroll: true });
    reportOpenTime(container, start);
  }

  /** Hides and empties the popover, and stops following its mention. */
  hide(): void {
    this.#unfollow?.();
    this.#unfollow = null;
    if (!this.#ui) return;
    this.#ui.container.hidden = true;
    render(null, this.#ui.container);
  }

  /** Removes our host from the page. */
  destroy(): void {
    this.hide();
    this.#ui?.destroy();
    this.#ui = null;
  }
}
