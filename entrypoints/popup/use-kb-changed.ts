import { useEffect, useRef } from 'preact/hooks';
import { onEvent } from '@/utils/protocol/listen';

/** Runs `onChange` whenever the background announces a committed write, so every list in the popup stays live. */
export function useKbChanged(onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    const listening = new AbortController();
    onEvent('kb.changed', () => latest.current(), listening.signal);
    return () => listening.abort();
  }, []);
}
