import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ChangedEvent } from '@/utils/messages';

function isChanged(message: unknown): message is ChangedEvent {
  return (message as Partial<ChangedEvent> | null)?.type === 'kb.changed';
}

/** Runs `onChange` whenever the background announces a committed write, so every list in the popup stays live. */
export function useKbChanged(onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    const listener = (message: unknown): undefined => {
      if (isChanged(message)) latest.current();
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
}
