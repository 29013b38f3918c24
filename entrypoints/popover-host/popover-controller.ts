import type { PageMention } from '@/utils/engine/page-mentions';
import { focusNearMention } from '@/utils/engine/popover/focus-near';
import { FrameHost, type FrameHostOptions } from '@/utils/engine/popover/frame-host';
import { HoverIntent } from '@/utils/engine/popover/hover-intent';
import { MentionIndex } from '@/utils/engine/popover/mention-index';
import { trackPointer } from '@/utils/engine/popover/pointer-tracker';
import { PopoverView } from '@/utils/engine/popover/popover-view';
import type { PointerSpot } from '@/utils/engine/popover/resting-pointer';
import type { Card } from '@/utils/model';
import type { TabCommand } from '@/utils/protocol/tab-commands';
import type { Settings } from '@/utils/settings';
import { warn } from '@/utils/warn';

/** The cards the page script holds for the page's entries, by number (its `CardCache`, which fetches them). */
export interface CardSource {
  peek(entry: number): Card | null;
  get(entry: number): Promise<Card | null>;
}

/** What the popover is handed by the page script that loaded it: it reaches the background only through these. */
export interface PopoverOptions {
  win: Window;
  settings(): Settings;
  cards: CardSource;
  /** Where the popover frame is loaded from and how it proves who it talks to. */
  frame: Pick<FrameHostOptions, 'url' | 'origin' | 'ticket'>;
  /** Where the reader's pointer rested while the code loaded: checked against the mentions as soon as it starts. */
  resting: PointerSpot | null;
}

/**
 * The commands a popover answers: the background's keyboard steps, and the popup's reveal, whose entry the page
 * script has found the number of.
 */
export type PopoverCommand =
  | Extract<TabCommand, { type: 'page.step' }>
  | { type: 'page.reveal'; entry: number };

/** A running popover: fed the page's mentions as scans settle, told the reader's commands, destroyed with the session. */
export interface RunningPopover {
  setMentions(mentions: readonly PageMention[]): void;
  command(command: PopoverCommand): void;
  destroy(): void;
}

/** How the popover is started; its code hands this to the page script once loaded (`popover-code.ts`). */
export type StartPopover = (options: PopoverOptions) => RunningPopover;

/**
 * Wires the popover together: the reader's pointer and keyboard drive the hover intent, which shows cards from
 * the prefetched cache in the extension frame; the background's step commands and the popup's reveal open a
 * mention pinned with focus inside; Escape closes and gives focus back at the mention (focusNearMention).
 */
export const startPopover: StartPopover = ({ win, settings, cards, frame, resting }) => {
  const doc = win.document;
  const abort = new AbortController();
  const index = new MentionIndex();
  let shown: PageMention | null = null;

  const view = new PopoverView({
    doc,
    makeHost: (onMessage) => new FrameHost({ doc, ...frame, onMessage }),
    onClose: () => intent.close(),
    onGone: () => {
      if (!intent.pinned) intent.close();
    },
    onPin: () => intent.pin(),
    onInside: () => intent.inside(),
  });
  const intent: HoverIntent<PageMention> = new HoverIntent({
    delayMs: () => settings().hoverDelayMs,
    requireModifier: () => settings().requireModifier,
    onPending: (mention) => {
      view.prepare();
      const held = cards.peek(mention.entry);
      if (held) view.preview(held, mention);
    },
    onOpen: (mention, { focus }) => {
      const start = win.performance.now();
      index.focus(mention);
      shown = mention;
      const show = (card: Card | null): void => {
        if (card && intent.open === mention) view.show(card, mention, focus, start);
      };
      const held = cards.peek(mention.entry);
      if (held) show(held);
      else cards.get(mention.entry).then(show, warn);
    },
    onClose: () => {
      const hadFocus = view.hasFocus();
      view.hide();
      const mention = shown;
      shown = null;
      if (hadFocus && mention?.range.startContainer.isConnected) focusNearMention(doc, mention.range);
      else if (hadFocus) (doc.activeElement as HTMLElement | null)?.blur();
    },
  });
  const recheckPointer = trackPointer({ doc, intent, index, signal: abort.signal, resting });

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.isTrusted && event.key === 'Escape' && intent.open) intent.close();
    },
    { capture: true, signal: abort.signal },
  );

  const reveal = (mention: PageMention | null): void => {
    if (!mention) return;
    mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    intent.show(mention, { pinned: true, focus: true });
  };

  return {
    setMentions(mentions) {
      index.set(mentions);
      if (intent.open && !mentions.includes(intent.open)) intent.close();
      // Only with no card open: the pointer may rest inside an open card's frame, where the page does not see it.
      if (!intent.open) recheckPointer();
    },
    command(command) {
      reveal(command.type === 'page.step' ? index.step(command.direction) : index.reveal(command.entry));
    },
    destroy() {
      abort.abort();
      intent.destroy();
      view.destroy();
    },
  };
};
