import { browserIdle } from './idle-loop';
import { type Session, startSession } from './page-session';

/** Content script: finds mentions on the page and highlights them without changing the page's DOM. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  main(ctx) {
    let session: Session | null = null;
    const start = (): void => {
      session ??= startSession({ win: window, requestIdle: browserIdle(window) });
    };
    const stop = (): void => {
      session?.stop();
      session = null;
    };
    ctx.onInvalidated(stop);
    start();
  },
});
