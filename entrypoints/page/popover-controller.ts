import { browser } from 'wxt/browser';
import type { PageMention } from '@/utils/engine/page-mentions';
import { focusNearMention } from '@/utils/engine/popover/focus-near';
import { FrameHost } from '@/utils/engine/popover/frame-host';
import { HoverIntent } from '@/utils/engine/popover/hover-intent';
import { MentionIndex } from '@/utils/engine/popover/mention-index';
import { trackPointer } from '@/utils/engine/popover/pointer-tracker';
import { PopoverView } from '@/utils/engine/popover/popover-view';
import { onEvent, onTabCommand } from '@/utils/protocol/listen';
import type { Settings } from '@/utils/settings';
import { CardCache } from './card-cache';
import { frameAddress, frameTicket } from './frame-address';

/** Where the popover runs and the reader's current settings (hover delay, Alt requirement). */
export interface PopoverOptions {
  win: Window;
  settings(): Settings;
  cards?: CardCache;
}

/** A running popover: fed the page's mentions as scans settle, destroyed with the session. */
export interface Popover {
  setMentions(mentions: readonly PageMention[]): void;
  destroy(): void;
}

function warn(error: unknown): void {
  console.warn('Fact Linker:', error);
}

/**
 * Wires the popover together: the reader's pointer and keyboard drive the hover intent, which shows cards from
 * the prefetched cache in the extension frame; the background's step commands and the popup's reveal open a
 * mention pinned with focus inside; Escape closes and gives focus back at the mention (focusNearMention).
 */
export function startPopover({ win, settings, cards = new CardCache() }: PopoverOptions): Popover {
  const doc = win.document;
  const abort = new AbortController();
  const index = new MentionIndex();
  let shown: PageMention | null = null;

  const view = new PopoverView({
    doc,
    makeHost: (onMessage) =>
      new FrameHost({
        doc,
        ...frameAddress(browser.runtime, '/popover.html'),
        ticket: frameTicket,
        onMessage,
      }),
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
      const held = cards.peek(mention.entryId);
      if (held) view.preview(held, mention);
    },
    onOpen: (mention, { focus }) => {
      const start = win.performance.now();
      index.focus(mention);
      shown = mention;
      const show = (card: Awaited<ReturnType<CardCache['get']>>): void => {
        if (card && intent.open === mention) view.show(card, mention, focus, start);
      };
      const held = cards.peek(mention.entryId);
      if (held) show(held);
      else cards.get(mention.entryId).then(show, warn);
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
  const recheckPointer = trackPointer({ doc, intent, index, signal: abort.signal });

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
  onEvent(
    'kb.changed',
    () => {
      cards.clear();
      cards.sync(index.entryIds()).catch(warn);
    },
    abort.signal,
  );
  onTabCommand((command) => {
    if (command.type === 'page.step') reveal(index.step(command.direction));
    else if (command.type === 'page.reveal') reveal(index.reveal(command.entryId));
  }, abort.signal);

  return {
    setMentions(mentions) {
      index.set(mentions);
      if (intent.open && !mentions.includes(intent.open)) intent.close();
      // Only with no card open: the pointer may rest inside an open card's frame, where the page does not see it.
      if (!intent.open) recheckPointer();
      cards.sync(index.entryIds()).catch(warn);
    },
    destroy() {
      abort.abort();
      intent.destroy();
      view.destroy();
    },
  };
}
