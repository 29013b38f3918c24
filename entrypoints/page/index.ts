import { browserIdle } from '@/utils/engine/browser-idle';
import { OverlayPainter } from '@/utils/engine/frame/overlay-painter';
import { loadPopoverCode } from '@/utils/engine/popover/popover-code';
import { readerPresence } from '@/utils/engine/popover/reader-presence';
import { restingPointer } from '@/utils/engine/popover/resting-pointer';
import { onTabRequest } from '@/utils/protocol/tab-requests';
import { activeOn, DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { StartPopover } from '../popover-host/popover-controller';
import { whileExtensionLives } from './extension-lifetime';
import { frameAddress, frameTicket } from './frame-address';
import { lazyPopover, type Popover } from './lazy-popover';
import { readMainText } from './main-text';
import { type Session, startSession } from './page-session';
import { parseGate } from './parse-gate';
import { watchSettings } from './settings-watch';

/**
 * The script Fact Linker runs in every web page (declared in the manifest by wxt.config.ts): finds mentions and
 * highlights them without changing the page's DOM. It is an unlisted script rather than a WXT content script
 * because WXT's content-script context announces itself to the page with the extension id and stops on a page
 * event that any page can forge; this script announces nothing and stops only when the extension goes away. It sends
 * the page's main text only to the popup that asks for it (suggestions), and not where Fact Linker is paused. The
 * popover starts only once the page has a mention and a reader (`lazyPopover`; `readerPresence` and `restingPointer`
 * listen from document_start, so a move made before the settings arrive still counts): a page that mentions nothing,
 * or that nobody touches, never loads its code (`popover-host.js`, imported once per page).
 * It runs from document_start, asking for the matcher while the page parses, and starts once it is parsed (`parseGate`).
 */
export default defineUnlistedScript(() => {
  const lifetime = new AbortController();
  const presence = readerPresence(window, lifetime.signal);
  const resting = restingPointer(document, lifetime.signal);
  let session: Session | null = null;
  let popover: Popover | null = null;
  let current = DEFAULT_SETTINGS;
  let popoverCode: Promise<StartPopover> | undefined;
  const loadPopover = (): Promise<StartPopover> =>
    (popoverCode ??= loadPopoverCode(browser.runtime.getURL('/popover-host.js')));
  const stop = (): void => {
    session?.destroy();
    session = null;
    popover?.destroy();
    popover = null;
  };
  const apply = (settings: Settings): void => {
    const repaint = settings.privateHighlights !== current.privateHighlights;
    current = settings;
    if (!activeOn(settings, location.hostname)) {
      stop();
      return;
    }
    if (repaint) {
      session?.destroy();
      session = null;
    }
    popover ??= lazyPopover({
      win: window,
      settings: () => current,
      load: loadPopover,
      presence,
      painted: () => session?.mentions() ?? [],
      resting,
      epoch: () => session?.epoch() ?? '',
      entryOf: (id) => session?.entryOf(id),
    });
    session ??= startSession({
      win: window,
      requestIdle: browserIdle(window),
      manifestStyles: true,
      painter: settings.privateHighlights
        ? new OverlayPainter({
            win: window,
            ...frameAddress(browser.runtime, '/paint.html'),
            ticket: frameTicket,
          })
        : undefined,
      onMentions: (mentions, epoch) => popover?.setMentions(mentions, epoch),
      matcher: gate.take(),
    });
    session.setStyle(settings.highlightStyle);
    session.setTopicGate(settings.topicGate);
  };
  onTabRequest('page.text', () => (session ? readMainText(document, location.href) : null), lifetime.signal);
  lifetime.signal.addEventListener('abort', stop, { once: true });
  whileExtensionLives(window, lifetime);
  const gate = parseGate(window, apply, lifetime.signal);
  watchSettings(gate.hear, lifetime.signal);
});
