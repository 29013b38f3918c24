import { browser } from 'wxt/browser';
import type { PageMention } from '@/utils/engine/page-mentions';
import { restingPointer } from '@/utils/engine/popover/resting-pointer';
import { onEvent, onTabCommand } from '@/utils/protocol/listen';
import type { Settings } from '@/utils/settings';
import type { PopoverCommand, RunningPopover, StartPopover } from '../popover-host/popover-controller';
import { CardCache } from './card-cache';
import { frameAddress, frameTicket } from './frame-address';

/** Where the popover runs, the reader's current settings, and how its code is had. */
export interface LazyPopoverOptions {
  win: Window;
  settings(): Settings;
  /** The popover's code: imported on the first mention in pages, bundled on the first-run guide. */
  load(): Promise<StartPopover>;
  /** The mentions painted now (`Session.mentions`), for a command heard before the first report reaches it. */
  painted(): readonly PageMention[];
  cards?: CardCache;
}

/** The popover as a session sees it: fed the page's mentions, destroyed with it (commands reach it from here). */
export type Popover = Pick<RunningPopover, 'setMentions' | 'destroy'>;

const warn = (error: unknown): void => console.warn('Fact Linker:', error);

/**
 * A popover started only when the page first has a mention (issue 11): until then its code is not loaded and no
 * card is fetched. Two listeners wait meanwhile: a passive one notes where the pointer rests, so the name a reader
 * already points at when the popover starts opens its card; the other hears the reader's step and reveal commands,
 * which start the popover at once when names are painted but not reported yet (the report waits for the scan to
 * settle). At the first mention it fetches the page's cards while its code loads; a command heard meanwhile is
 * carried out once it has started. Once started it stays until destroyed; a destroyed one never starts again.
 */
export function lazyPopover({
  win,
  settings,
  load,
  painted,
  cards = new CardCache(),
}: LazyPopoverOptions): Popover {
  const abort = new AbortController();
  const noting = new AbortController();
  const resting = restingPointer(win.document, noting.signal);
  let mentions: readonly PageMention[] = [];
  let running: RunningPopover | null = null;
  let waiting: PopoverCommand | null = null;
  const prefetch = (): void => {
    cards.sync([...new Set(mentions.map((mention) => mention.entryId))]).catch(warn);
  };
  const begin = (): void => {
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
      noting.abort();
      running.setMentions(mentions);
      if (waiting) running.command(waiting);
      waiting = null;
    }, warn);
  };
  let begun = false;
  const setMentions = (next: readonly PageMention[]): void => {
    if (abort.signal.aborted) return;
    mentions = next;
    if (!begun && next.length > 0) {
      begun = true;
      begin();
    }
    if (!begun) return;
    prefetch();
    running?.setMentions(next);
  };
  onTabCommand((command) => {
    if (command.type === 'page.reportAgain') return;
    if (running) running.command(command);
    else if (begun) waiting = command;
    else {
      const now = painted();
      if (now.length === 0) return;
      waiting = command;
      setMentions(now);
    }
  }, abort.signal);
  return {
    setMentions,
    destroy() {
      abort.abort();
      noting.abort();
      running?.destroy();
      running = null;
    },
  };
}
