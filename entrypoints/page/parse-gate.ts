import { call } from '@/utils/protocol/call';
import type { CallResult } from '@/utils/protocol/calls';
import { onEvent } from '@/utils/protocol/listen';
import { activeOn, type Settings } from '@/utils/settings';

/** The compiled matcher as the background answers it. */
export type MatcherReply = CallResult<'kb.matcher'>;

/**
 * The page script starts at document_start, so its requests overlap the page's parse, but a session and its layers
 * need a parsed document. The matcher is asked for at once, alongside the settings read rather than after it: in
 * Chromium each of those round trips takes 50 to 90 ms while a page loads. Settings heard before the (trusted)
 * DOMContentLoaded are held, and the last of them applied then; the early matcher is handed to the first session
 * started (`take`), and dropped where the settings say Fact Linker is off for the site, or when the knowledge base
 * changes first, so no page starts stale.
 */
export function parseGate(
  win: Window,
  apply: (settings: Settings) => void,
  signal: AbortSignal,
): { hear(settings: Settings): void; take(): Promise<MatcherReply> | undefined } {
  let held: Settings | null = null;
  let early: Promise<MatcherReply> | undefined;
  const parsing = () => win.document.readyState === 'loading';
  if (parsing()) {
    early = call('kb.matcher', {});
    // Awaited by the session that takes it; a failure nobody takes is not an error worth reporting.
    early.catch(() => undefined);
    onEvent('kb.changed', () => (early = undefined), signal);
    // Not `once`: a DOMContentLoaded forged by a page script ahead of the real one would use it up.
    const parsed = new AbortController();
    win.document.addEventListener(
      'DOMContentLoaded',
      (event) => {
        if (!event.isTrusted) return;
        parsed.abort();
        if (held) apply(held);
      },
      { signal: AbortSignal.any([signal, parsed.signal]) },
    );
  }
  return {
    hear(settings) {
      if (!activeOn(settings, win.location.hostname)) early = undefined;
      if (!parsing()) return apply(settings);
      held = settings;
    },
    take() {
      const taken = early;
      early = undefined;
      return taken;
    },
  };
}
