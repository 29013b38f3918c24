import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PackActions, PackTask, SubscribeProps } from '@/components/popup/pack-tasks';
import type { AvailablePack } from '@/components/popup/packs-view';
import { t } from '@/utils/i18n/t';
import type { InstalledPack } from '@/utils/installed-pack';
import type { UndoPoint } from '@/utils/undo-point';
import type { Notify } from './notices';
import { BROWSER_LINK, type PacksLink } from './packs-link';
import { useKbChanged } from './use-kb-changed';
import { type PackRun, usePackTasks } from './use-pack-tasks';
import { useSubscribe } from './use-subscribe';
import { errorText, summaryText } from './wording';

/** What the Packs view shows and can do, as {@link usePacks} keeps it: PacksView's props. */
export interface PacksState {
  packs: InstalledPack[] | null;
  available: AvailablePack[];
  busy: string | null;
  task: PackTask | null;
  actions: PackActions;
  subscribe: SubscribeProps;
}

/**
 * The installed packs and the bundled ones on offer (reloaded after each write anywhere), and every request of the
 * Packs view, each reported to the reader: on / off, install, check, update, automatic updates, remove, subscribe.
 * Bulk writes (install, subscribe, update, remove) are offered to `offerUndo`; a switch is its own undo. `link` is
 * how it reaches the background and the permission prompt.
 */
export function usePacks(
  notify: Notify,
  offerUndo: (point: UndoPoint) => void,
  link: PacksLink = BROWSER_LINK,
): PacksState {
  const { call } = link;
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
  }, [notify, call]);
  useEffect(load, [load]);
  useKbChanged(load);

  const run: PackRun = (id, request, failure) => {
    setBusy(id);
    request()
      .then(
        (text) => text !== null && notify.status(text),
        (error) => notify.error(t('failure_reason', failure, errorText(error))),
      )
      .finally(() => {
        setBusy(null);
        load();
      });
  };
  const { task, ...tasks } = usePackTasks(list.packs, run, link, offerUndo);
  const subscribe = useSubscribe({ notify, offerUndo, link, reload: load });
  const onToggle = (id: string, enabled: boolean) =>
    run(
      id,
      () =>
        call('packs.setEnabled', { id, enabled }).then((pack) =>
          t(pack.enabled ? 'status_pack_on' : 'status_pack_off', pack.title),
        ),
      t(enabled ? 'error_pack_on' : 'error_pack_off'),
    );
  const onInstall = (id: string) =>
    run(
      id,
      () =>
        call('packs.installBundled', { id }).then((summary) => {
          if (summary.undo) offerUndo(summary.undo);
          return t('status_pack_installed', summaryText(summary));
        }),
      t('error_pack_install'),
    );
  return { ...list, busy, task, actions: { ...tasks, onToggle, onInstall }, subscribe };
}
