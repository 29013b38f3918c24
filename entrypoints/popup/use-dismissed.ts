import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/t';
import { DISMISSED_KEY, readDismissed, withDismissed, withoutDismissed } from '@/utils/suggest/dismissed';
import type { Suggestion } from '@/utils/suggest/types';
import type { Notify } from './notices';
import { errorText } from './wording';

/** The dismissed suggestions, and the last dismissal that undo takes back. */
export interface Dismissed {
  keys: ReadonlySet<string>;
  /** The name dismissed last in this popup, or null. */
  last: Suggestion | null;
  dismiss(suggestion: Suggestion): void;
  undo(): void;
}

/**
 * The suggestions the reader dismissed, per name, kept in extension storage (not the knowledge base) so they stay
 * dismissed on every page until undone, and followed when another popup changes them.
 */
export function useDismissed(notify: Notify): Dismissed {
  const [list, setList] = useState<string[]>([]);
  const [last, setLast] = useState<Suggestion | null>(null);
  useEffect(() => {
    let live = true;
    browser.storage.local.get(DISMISSED_KEY).then(
      (stored) => live && setList(readDismissed(stored[DISMISSED_KEY])),
      () => undefined,
    );
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[DISMISSED_KEY];
      if (area === 'local' && change) setList(readDismissed(change.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const store = useCallback(
    (next: string[]) => {
      setList(next);
      browser.storage.local
        .set({ [DISMISSED_KEY]: next })
        .catch((error) => notify.error(t('error_dismissal', errorText(error))));
    },
    [notify],
  );
  const keys = useMemo(() => new Set(list), [list]);
  return {
    keys,
    last,
    dismiss: (suggestion) => {
      store(withDismissed(list, suggestion.key));
      setLast(suggestion);
    },
    undo: () => {
      if (!last) return;
      store(withoutDismissed(list, last.key));
      setLast(null);
    },
  };
}
