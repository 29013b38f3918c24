import { useId } from 'preact/hooks';
import { t, tn } from '@/utils/i18n/t';
import type { InstalledPack, PackCounts } from '@/utils/installed-pack';
import { PackRemoval } from './pack-removal';
import { DatedLine, PackSubscription } from './pack-subscription';
import type { PackActions, PackTask } from './pack-tasks';
import { PackUpdateReview } from './pack-update-review';

/** A pack's size as a reader counts it. */
export function countsText({ entries, facts, stances }: PackCounts): string {
  return [tn('entries_count', entries), tn('facts_count', facts), tn('stances_count', stances)].join(' · ');
}

/** Props of {@link PackItem}. */
export interface PackItemProps {
  pack: InstalledPack;
  /** The pack's controls wait for an answer. */
  busy: boolean;
  /** The update preview or removal question open under this pack, if any. */
  task: PackTask | null;
  actions: PackActions;
}

/** The pack's open task: an update to review, or its removal to confirm. */
function TaskPanel({ pack, busy, task, actions }: PackItemProps & { task: PackTask }) {
  if (task.kind === 'remove')
    return (
      <PackRemoval
        preview={task.preview}
        busy={busy}
        onConfirm={() => actions.onRemove(pack.id)}
        onCancel={actions.onCancelTask}
      />
    );
  return (
    <PackUpdateReview
      key={task.preview.version}
      preview={task.preview}
      label={t('update_review')}
      confirmLabel={t('update_confirm')}
      busy={busy}
      onConfirm={(choices) => actions.onUpdate(pack.id, choices)}
      onCancel={actions.onCancelTask}
    />
  );
}

/**
 * One installed pack: what it is, who publishes it, how large, when updated, its on / off switch and its Remove…
 * button; a pack subscribed to by address also shows its address and checks, Check for updates and the automatic
 * updates switch. The pack's open task (an update's preview, a removal's question) shows under it.
 */
export function PackItem({ pack, busy, task, actions }: PackItemProps) {
  const id = useId();
  const title = `${id}-title`;
  return (
    <li class="fl-pack" data-enabled={pack.enabled}>
      <h4 class="fl-pack-title" id={title}>
        {pack.title || pack.id}
      </h4>
      <p class="fl-pack-meta">
        {t('pack_version', pack.version, pack.publisher ?? t('pack_unknown_publisher'))}
      </p>
      <p class="fl-pack-meta">{countsText(pack.counts)}</p>
      <DatedLine message="pack_updated" ms={pack.updatedAt} />
      {pack.url !== undefined && (
        <PackSubscription pack={pack} busy={busy} onAutoUpdate={(on) => actions.onAutoUpdate(pack.id, on)} />
      )}
      <label class="fl-check">
        <input
          type="checkbox"
          role="switch"
          checked={pack.enabled}
          aria-checked={pack.enabled}
          aria-describedby={title}
          disabled={busy}
          onChange={(event) => actions.onToggle(pack.id, event.currentTarget.checked)}
        />
        {t('pack_switch')}
      </label>
      <div class="fl-actions">
        {pack.url !== undefined && (
          <button
            type="button"
            class="fl-button"
            aria-describedby={title}
            disabled={busy}
            onClick={() => actions.onCheck(pack.id)}
          >
            {t('pack_check')}
          </button>
        )}
        <button
          type="button"
          class="fl-button"
          aria-describedby={title}
          disabled={busy}
          onClick={() => actions.onAskRemove(pack.id)}
        >
          {t('pack_remove')}
        </button>
      </div>
      {task && <TaskPanel pack={pack} busy={busy} task={task} actions={actions} />}
    </li>
  );
}
