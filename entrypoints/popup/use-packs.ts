import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AvailablePack } from '@/components/popup/packs-view';
import type { InstalledPack } from '@/utils/installed-pack';
import { call } from '@/utils/protocol/call';
import type { Notify } from './notices';
import { useKbChanged } from './use-kb-changed';
import { errorText, summaryText } from './wording';

/** What the Packs view shows and can do, as {@link usePacks} keeps it. */
export interface PacksState {
  packs: InstalledPack[] | null;
  available: AvailablePack[];
  busy: string | null;
  toggle(id: string, enabled: boolean): void;
  install(id: string): void;
}

/**
 * The installed packs and the bundled ones on offer (reloaded after each write anywhere), and the requests that turn
 * a pack on or off or install a bundled one, each reported to the reader.
 */
export function usePacks(notify: Notify): PacksState {
  const [list, setList] = useState<{ packs: InstalledPack[] | null; available: AvailablePack[] }>({
    packs: null,
    available: [],
  });
  const [busy, setBusy] = useState<string | null>(null);
  const latest = useRef(0);
  const load = useCallback(() => {
    const ticket = ++latest.current;
    call('packs.list', {}).then(
      ({ installed, available }) => {
        if (ticket === latest.current) setList({ packs: installed, available });
      },
      (error) => notify.error(`Could not load the packs: ${errorText(error)}`),
    );
  }, [notify]);
  useEffect(load, [load]);
  useKbChanged(load);

  const run = (id: string, request: Promise<string>, failure: string) => {
    setBusy(id);
    request
      .then(notify.status, (error) => notify.error(`${failure}: ${errorText(error)}`))
      .finally(() => {
        setBusy(null);
        load();
      });
  };
  const toggle = (id: string, enabled: boolean) =>
    run(
      id,
      call('packs.setEnabled', { id, enabled }).then(
        (pack) => `${pack.title} is ${pack.enabled ? 'on' : 'off'}.`,
      ),
      `Could not turn the pack ${enabled ? 'on' : 'off'}`,
    );
  const install = (id: string) =>
    run(
      id,
      call('packs.installBundled', { id }).then((summary) => `Pack installed: ${summaryText(summary)}`),
      'Could not install the pack',
    );
  return { ...list, busy, toggle, install };
}
