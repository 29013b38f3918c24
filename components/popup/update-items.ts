import { t } from '@/utils/i18n/t';
import type { Collection } from '@/utils/import-plan';
import type { KeptReason } from '@/utils/subscribe/three-way';
import type { PackUpdatePreview, UpdateItem } from '@/utils/subscribe/update-preview';
import type { ImportPreviewItem, ImportStatus } from './types';

const TYPES = { entries: 'entry', facts: 'fact', stances: 'stance' } as const;

/** The kind of record a collection holds, as the preview tables name it. */
export function typeOf(collection: Collection): ImportPreviewItem['type'] {
  return TYPES[collection];
}

/** Why an update leaves a record as the reader has it, in the reader's words. */
export function keptReasonText(reason: KeptReason): string {
  switch (reason) {
    case 'edited':
      return t('kept_edited');
    case 'removed-upstream':
      return t('kept_removed_upstream');
    case 'deleted-here':
      return t('kept_deleted_here');
    case 'shared':
      return t('kept_shared');
  }
}

/** One group of an update's preview, shown as the import preview shows a status. */
export interface UpdateGroup {
  status: ImportStatus;
  label: string;
  items: ImportPreviewItem[];
}

const row = (status: ImportStatus, item: UpdateItem, extra: Partial<ImportPreviewItem> = {}) => ({
  id: `${item.collection}/${item.id}`,
  name: item.name,
  type: typeOf(item.collection),
  status,
  ...extra,
});

/**
 * An update's records as the import preview's groups: added, updated (with what changes), removed from the pack,
 * and kept as the reader has them (with why). Empty groups are left out; conflicts are shown apart, to be chosen.
 */
export function updateGroups(preview: PackUpdatePreview): UpdateGroup[] {
  const groups: UpdateGroup[] = [
    { status: 'new', label: t('update_group_new'), items: preview.creates.map((x) => row('new', x)) },
    {
      status: 'updated',
      label: t('update_group_updated'),
      items: preview.updates.map((x) => row('updated', x, { changes: x.changes })),
    },
    {
      status: 'removed',
      label: t('update_group_removed'),
      items: preview.removes.map((x) => row('removed', x)),
    },
    {
      status: 'kept',
      label: t('update_group_kept'),
      items: preview.kept.map((x) => row('kept', x, { reason: keptReasonText(x.reason) })),
    },
  ];
  return groups.filter((group) => group.items.length > 0);
}

/**
 * The preview's headline: how many records are added, updated, removed, kept and in conflict, those that are not
 * zero, or that nothing changes.
 */
export function updateCountsText({ counts }: PackUpdatePreview): string {
  const parts = [
    [t('update_group_new'), counts.creates],
    [t('update_group_updated'), counts.updates],
    [t('update_group_removed'), counts.removes],
    [t('update_group_kept'), counts.kept],
    [t('update_group_conflicts'), counts.conflicts],
  ] as const;
  const shown = parts
    .filter(([, count]) => count > 0)
    .map(([label, count]) => t('update_count', label, count));
  return shown.length === 0 ? t('update_nothing') : shown.join(' · ');
}
