import { browser } from 'wxt/browser';
import type { PageMention } from '@/utils/engine/page-mentions';
import type { ReaderPresence } from '@/utils/engine/popover/reader-presence';
import type { PointerSpot } from '@/utils/engine/popover/resting-pointer';
import { call } from '@/utils/protocol/call';
import { onEvent, onTabCommand } from '@/utils/protocol/listen';
import type { Settings } from '@/utils/settings';
import { warn } from '@/utils/warn';
import type { PopoverCommand, RunningPopover, StartPopover } from '../popover-host/popover-controller';
import { CardCache } from './card-cache';
import { frameAddress, frameTicket } from './frame-address';

/** Where the popover runs, the reader's current settings, and how its code is had. */
export interface LazyPopoverOptions {
  win: Window;
  settings(): Settings;
  /** The popover's code: imported in pages once they have a mention and a reader, bundled on the first-run guide. */
  load(): Promise<StartPopover>;
  /** Whether a reader is at the page (trusted input heard since it started: `readerPresence`). */
  presence: ReaderPresence;
  /** The mentions painted now (`Session.mentions`), for a command heard before the first report reaches it. */
  painted(): readonly PageMention[];
  /** Where the reader's pointer rests (`restingPointer`, noted from document_start), handed to the popover as it starts. */
  resting(): PointerSpot | null;
  /** The epoch of the painted mentions' entry numbers (`Session.epoch`), for a command heard before any report. */
  epoch(): string;
  /** The number of a reported entry by id (`Session.entryOf`): the popup's reveal names the entry by id. */
  entryOf(id: string): number | undefined;
  cards?: CardCache;
}

/**
 * The popover as a session sees it: fed the page's mentions with the epoch of their entry numbers, destroyed with it
 * (commands reach it from here).
 */
export interface Popover {
  setMentions(mentions: readonly PageMention[], epoch: string): void;
  destroy(): void;
}

/**
 * A popover started only once the page has a mention and a reader (issue 11): until a mention is reported and the
 * page has heard trusted input (`presence`), in either order, its code is not loaded and no card is fetched, so a
 * tab nobody looks at pays for neither. A reader's first move on the page comes well before a hover opens a card
 * (hover waits `hoverDelayMs`), so the code is there by then. It hands the popover where the pointer rests as it
 * starts (`resting`), so the name a reader already points at opens its card. Meanwhile one listener hears the
 * reader's step and reveal commands, which start the popover at once (a command is a reader), even when names are
 * painted but not reported yet (the report waits for the scan to settle). As it starts it fetches the
 * page's cards while its code loads; a command heard meanwhile is carried out once it has started. Once started it
 * stays until destroyed; a destroyed one never starts again.
 */
export function lazyPopover({
  win,
  settings,
  load,
  presence,
  painted,
  resting,
  epoch,
  entryOf,
  cards = new CardCache((epoch, entries) => call('kb.cards', { epoch, entries })),
}: LazyPopoverOptions): Popover {
  const abort = new AbortController();
  let mentions: readonly PageMention[] = [];
  let running: RunningPopover | null = null;
  let waiting: PopoverCommand | null = null;
  const prefetch = (): void => {
    cards.sync([...new Set(mentions.map((mention) => mention.entry))]).catch(warn);
  };
  let begun = false;
  let present = false;
  /** Loads and starts the popover, fetching the cards meanwhile, once the page has both a mention and a reader. */
  const beginWhenDue = (): void => {
    if (begun || !present || mentions.length === 0 || abort.signal.aborted) return;
    begun = true;
    onEvent(
      'kb.changed',
      () => {
        cards.clear();
        prefetch();
      },
      abort.signal,
    );
    load().then((start) => {
      if (abort.signal.aborted) return;
      const frame = { ...frameAddress(browser.runtime, '/popover.html'), ticket: frameTicket };
      running = start({ win, settings, cards, frame, resting: resting() });
      running.setMentions(mentions);
      if (waiting) running.command(waiting);
      waiting = null;
    }, warn);
    prefetch();
  };
  presence.whenPresent(() => {
    present = true;
    beginWhenDue();
  }, abort.signal);
  const setMentions = (next: readonly PageMention[], numbered: string): void => {
    if (abort.signal.aborted) return;
    cards.useEpoch(numbered);
    mentions = next;
    if (!begun) {
      beginWhenDue();
      return;
    }
    prefetch();
    running?.setMentions(next);
  };
  onTabCommand((heard) => {
    if (heard.type === 'page.reportAgain' || heard.type === 'page.readAll') return;
    let command: PopoverCommand;
    if (heard.type === 'page.reveal') {
      const entry = entryOf(heard.entryId);
      if (entry === undefined) return;
      command = { type: 'page.reveal', entry };
    } else command = heard;
    if (running) running.command(command);
    else if (begun) waiting = command;
    else {
      const now = painted();
      if (now.length === 0) return;
      waiting = command;
      present = true;
      setMentions(now, epoch());
    }
  }, abort.signal);
  return {
    setMentions,
    destroy() {
      abort.abort();
      running?.destroy();
      running = null;
    },
  };
}
