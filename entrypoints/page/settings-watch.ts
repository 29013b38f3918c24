import { browser } from 'wxt/browser';
import { call } from '@/utils/protocol/call';
import { onEvent } from '@/utils/protocol/listen';
import { readSettings, SETTINGS_KEY, type Settings } from '@/utils/settings';

/**
 * Hands the reader's settings to `apply` now and on every change, so a pause or a site switch in the popup takes
 * effect in open tabs at once; stops listening when `signal` aborts. Changes come as the background's
 * `settings.changed` events; a change heard before the first read wins over it, as that read may predate it.
 * The first read is made where each browser answers it soonest, measured on the demo page's first highlight:
 * - `askBackground` (Firefox): `page.settings`. A Firefox content script's first touch of `storage` took 8–32 ms of
 *   every page load, where one more message to the background takes under 3 ms.
 * - else (Chromium): `storage.local`, which costs a page about 1 ms there and is answered without the service
 *   worker; asking the worker put the matcher and the settings after DOMContentLoaded more often (median first
 *   highlight 55 against 63 ms).
 */
export function watchSettings(
  apply: (settings: Settings) => void,
  signal: AbortSignal,
  askBackground: boolean,
): void {
  let changed = false;
  onEvent(
    'settings.changed',
    ({ settings }) => {
      changed = true;
      apply(settings);
    },
    signal,
  );
  const first = askBackground
    ? call('page.settings', {})
    : browser.storage.local.get(SETTINGS_KEY).then((stored) => readSettings(stored[SETTINGS_KEY]));
  first
    .then((settings) => {
      if (!signal.aborted && !changed) apply(settings);
    })
    .catch((error) => console.warn('Fact Linker:', error));
}
