import { activeOn, type Settings } from '@/utils/settings';
import { browserIdle } from './idle-loop';
import { type Session, startSession } from './page-session';
import { watchSettings } from './settings-watch';

/** Content script: finds mentions on the page and highlights them without changing the page's DOM. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  main(ctx) {
    let session: Session | null = null;
    const stop = (): void => {
      session?.stop();
      session = null;
    };
    const apply = (settings: Settings): void => {
      if (!activeOn(settings, location.hostname)) {
        stop();
        return;
      }
      session ??= startSession({ win: window, requestIdle: browserIdle(window) });
      session.setStyle(settings.highlightStyle);
    };
    ctx.onInvalidated(stop);
    watchSettings(apply, ctx.signal);
  },
});
