import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import type { Entry } from '@/utils/model';
import { call } from '@/utils/protocol/call';
import type { Notify } from './notices';
import { useKbChanged } from './use-kb-changed';
import { errorText } from './wording';

/** Every entry of the knowledge base (null until the first answer), reloaded after each write anywhere. */
export function useEntries(notify: Notify): Entry[] | null {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const latest = useRef(0);
  const load = useCallback(() => {
    const ticket = ++latest.current;
    call('kb.entries', {}).then(
      (next) => {
        if (ticket === latest.current) setEntries(next);
      },
      (error) => notify.error(t('error_load_entries', errorText(error))),
    );
  }, [notify]);
  useEffect(load, [load]);
  useKbChanged(load);
  return entries;
}
