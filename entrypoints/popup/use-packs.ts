import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AvailablePack } from '@/components/popup/packs-view';
import { t } from '@/utils/i18n/t';
import type { InstalledPack } from '@/utils/installed-pack';
import { call } from '@/utils/protocol/call';
import type { UndoPoint } from '@/utils/undo-point';
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
 * a pack on or off or install a bundled one, each reported to the reader. An install, a bulk write, is offered to
 * `offerUndo`; a switch is its own undo.
 */
export function usePacks(notify: Notify, offerUndo: (point: UndoPoint) => void): PacksState {
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
      (error) => notify.error(t('error_load_packs', errorText(error))),
    );
  }, [notify]);
  useEffect(load, [load]);
  useKbChanged(load);

  const run = (id: string, request: Promise<string>, failure: string) => {
    setBusy(id);
    request
      .then(notify.status, (error) => notify.error(t('failure_reason', failure, errorText(error))))
      .finally(() => {
        setBusy(null);
        load();
      });
  };
  const toggle = (id: string, enabled: boolean) =>
    run(
      id,
      call('packs.setEnabled', { id, enabled }).then((pack) =>
        t(pack.enabled ? 'status_pack_on' : 'status_pack_off', pack.title),
      ),
      t(enabled ? 'error_pack_on' : 'error_pack_off'),
    );
  const install = (id: string) =>
    run(
      id,
      call('packs.installBundled', { id }).then((summary) => {
        if (summary.undo) offerUndo(summary.undo);
        return t('status_pack_installed', summaryText(summary));
      }),
      t('error_pack_install'),
    );
  return { ...list, busy, toggle, install };
}
