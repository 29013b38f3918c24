import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/t';
import { readSettings, SETTINGS_KEY, type Settings } from '@/utils/settings';
import type { Notify } from './notices';
import { errorText } from './wording';

/**
 * The reader's settings from extension storage (null until read), following changes made elsewhere; `save`
 * writes the whole object, and the background announces it to every tab (`settings.changed`).
 */
export function useSettings(notify: Notify): { settings: Settings | null; save(next: Settings): void } {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    browser.storage.local.get(SETTINGS_KEY).then(
      (stored) => {
        if (live) setSettings(readSettings(stored[SETTINGS_KEY]));
      },
      () => live && setSettings(readSettings(undefined)),
    );
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[SETTINGS_KEY];
      if (area === 'local' && change) setSettings(readSettings(change.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const save = useCallback(
    (next: Settings) => {
      setSettings(next);
      browser.storage.local
        .set({ [SETTINGS_KEY]: next })
        .catch((error) => notify.error(t('error_settings', errorText(error))));
    },
    [notify],
  );
  return { settings, save };
}
