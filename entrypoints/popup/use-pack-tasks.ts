import { useState } from 'preact/hooks';
import type { PackActions, PackTask } from '@/components/popup/pack-tasks';
import { t } from '@/utils/i18n/t';
import type { InstalledPack } from '@/utils/installed-pack';
import type { UndoPoint } from '@/utils/undo-point';
import type { PacksLink } from './packs-link';
import { quoted, summaryText } from './wording';

/**
 * Runs one request for pack `id`, holding its controls meanwhile: the text it resolves to is reported as a status
 * (null: nothing to say), a failure as `failure` with the reason, and the packs are reloaded after either.
 */
export type PackRun = (id: string, request: () => Promise<string | null>, failure: string) => void;

/** The open task and the per-pack requests beyond on / off and install. */
export type PackTasks = { task: PackTask | null } & Omit<PackActions, 'onToggle' | 'onInstall'>;

/**
 * The Packs view's per-pack requests: check a subscribed pack (up to date, or its update's preview as the pack's
 * task), update it with the reader's choices, switch automatic updates, and remove a pack after the question its
 * removal preview asks. Updates and removals, bulk writes, are offered to `offerUndo`.
 */
export function usePackTasks(
  packs: InstalledPack[] | null,
  run: PackRun,
  link: PacksLink,
  offerUndo: (point: UndoPoint) => void,
): PackTasks {
  const [task, setTask] = useState<PackTask | null>(null);
  const title = (id: string) => quoted(packs?.find((pack) => pack.id === id)?.title || id);
  const { call } = link;
  return {
    task,
    onCancelTask: () => setTask(null),
    onCheck: (id) => {
      setTask(null);
      run(
        id,
        async () => {
          const found = await call('packs.check', { id });
          if (found.status === 'unchanged') return t('status_up_to_date', title(id));
          setTask({ kind: 'update', packId: id, preview: found.preview });
          return null;
        },
        t('error_pack_check'),
      );
    },
    onUpdate: (id, choices) =>
      run(
        id,
        async () => {
          const summary = await call('packs.update', { id, choices });
          setTask(null);
          if (summary.undo) offerUndo(summary.undo);
          return t('status_pack_updated', title(id), summaryText(summary));
        },
        t('error_pack_update'),
      ),
    onAutoUpdate: (id, on) =>
      run(
        id,
        async () => {
          const pack = await call('packs.setAutoUpdate', { id, on });
          return t(pack.autoUpdate ? 'status_auto_on' : 'status_auto_off', quoted(pack.title));
        },
        t('error_auto_update'),
      ),
    onAskRemove: (id) => {
      setTask(null);
      run(
        id,
        async () => {
          setTask({ kind: 'remove', packId: id, preview: await call('packs.removePreview', { id }) });
          return null;
        },
        t('error_pack_remove'),
      );
    },
    onRemove: (id) =>
      run(
        id,
        async () => {
          const summary = await call('packs.remove', { id });
          setTask(null);
          if (summary.undo) offerUndo(summary.undo);
          return t('status_pack_removed', title(id), summaryText(summary));
        },
        t('error_pack_remove'),
      ),
  };
}
