import { browser } from 'wxt/browser';
import { readSettings, SETTINGS_KEY, type Settings } from '@/utils/settings';

/**
 * Hands the reader's settings to `apply` now and on every change, so a pause or a site switch in the popup takes
 * effect in open tabs at once; stops listening when `signal` aborts.
 */
export function watchSettings(apply: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && SETTINGS_KEY in changes) apply(readSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
  browser.storage.local
    .get(SETTINGS_KEY)
    .then((stored) => {
      if (!signal.aborted) apply(readSettings(stored[SETTINGS_KEY]));
    })
    .catch((error) => console.warn('Fact Linker:', error));
}
