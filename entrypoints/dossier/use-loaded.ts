import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useKbChanged } from '../popup/use-kb-changed';
import { errorText } from '../popup/wording';

/** What a request gave, or why it failed; null while the first answer is awaited. */
export type Loaded<T> = { ok: true; value: T } | { ok: false; error: string } | null;

/**
 * Runs `load` whenever `key` changes and after every write to the knowledge base, keeping only the latest answer
 * (an older request that answers late is dropped), so each dossier view shows live data without racing itself. A
 * null `load` asks nothing yet: the state stays null until a `load` comes with a new key.
 */
export function useLoaded<T>(key: string, load: (() => Promise<T>) | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>(null);
  const latest = useRef(0);
  const current = useRef(load);
  current.current = load;
  const reload = useCallback(() => {
    const run = current.current;
    if (run === null) return;
    const ticket = ++latest.current;
    run().then(
      (value) => ticket === latest.current && setState({ ok: true, value }),
      (error) => ticket === latest.current && setState({ ok: false, error: errorText(error) }),
    );
  }, []);
  useEffect(reload, [key]);
  useKbChanged(reload);
  return state;
}
