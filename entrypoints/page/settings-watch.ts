import { call } from '@/utils/protocol/call';
import { onEvent } from '@/utils/protocol/listen';
import type { Settings } from '@/utils/settings';
import { warn } from '@/utils/warn';

/**
 * Hands the reader's settings to `apply` now and on every change, so a pause or a site switch in the popup takes
 * effect in open tabs at once; stops listening when `signal` aborts. Both come from the background (`page.settings`,
 * then `settings.changed` events), not from `storage`: a Firefox content script's first touch of `storage` took
 * 8–32 ms of every page load, where one more message to the background takes under 3 ms. A change heard before the
 * first answer wins over it, as that answer may have been read before the change.
 */
export function watchSettings(apply: (settings: Settings) => void, signal: AbortSignal): void {
  let changed = false;
  onEvent(
    'settings.changed',
    ({ settings }) => {
      changed = true;
      apply(settings);
    },
    signal,
  );
  call('page.settings', {})
    .then((settings) => {
      if (!signal.aborted && !changed) apply(settings);
    })
    .catch(warn);
}
