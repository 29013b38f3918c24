import { activeOn, DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { browserIdle } from '../../utils/engine/browser-idle';
import { type Session, startSession } from './page-session';
import { type Popover, startPopover } from './popover-controller';
import { watchSettings } from './settings-watch';
import '../../utils/engine/highlights.css';

/** Content script: finds mentions on the page and highlights them without changing the page's DOM. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  main(ctx) {
    let session: Session | null = null;
    let popover: Popover | null = null;
    let current = DEFAULT_SETTINGS;
    const stop = (): void => {
      session?.destroy();
      session = null;
      popover?.destroy();
      popover = null;
    };
    const apply = (settings: Settings): void => {
      current = settings;
      if (!activeOn(settings, location.hostname)) {
        stop();
        return;
      }
      popover ??= startPopover({ win: window, settings: () => current });
      session ??= startSession({
        win: window,
        requestIdle: browserIdle(window),
        manifestStyles: true,
        onMentions: (mentions) => popover?.setMentions(mentions),
      });
      session.setStyle(settings.highlightStyle);
    };
    ctx.onInvalidated(stop);
    watchSettings(apply, ctx.signal);
  },
});
