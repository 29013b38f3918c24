import { t, tn } from '@/utils/i18n/t';
import type { PackRemovalPreview, RemovalKept } from '@/utils/store/pack-remove';
import { ConfirmBulk } from './confirm-bulk';

/** Names listed in a removal's question before "and N more": enough to recognise, short enough to read. */
export const REMOVAL_NAMES_SHOWN = 8;

const STAYS = {
  edited: 'removal_stays_edited',
  shared: 'removal_stays_shared',
  needed: 'removal_stays_needed',
} as const;

function names(list: readonly string[]): string {
  const shown = list.slice(0, REMOVAL_NAMES_SHOWN).join(', ');
  return list.length > REMOVAL_NAMES_SHOWN
    ? tn('names_and_more', list.length - REMOVAL_NAMES_SHOWN, shown)
    : shown;
}

/**
 * What removing a pack takes away and leaves, by name and count: the records only it brought and the reader left
 * alone go; those edited, shared with another pack or needed by a record that stays are kept, released from it,
 * one line per reason.
 */
export function removalDetails(preview: PackRemovalPreview): string[] {
  const goes =
    preview.removes.length === 0
      ? t('removal_none')
      : t('removal_goes', preview.removes.length, names(preview.removes.map((item) => item.name)));
  const stays = (Object.keys(STAYS) as RemovalKept['reason'][]).flatMap((reason) => {
    const kept = preview.kept.filter((item) => item.reason === reason).map((item) => item.name);
    return kept.length > 0 ? [t(STAYS[reason], kept.length, names(kept))] : [];
  });
  return [goes, ...stays];
}

/** Props of {@link PackRemoval}. */
export interface PackRemovalProps {
  preview: PackRemovalPreview;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** The question before a pack is removed, with what goes and what stays; nothing is removed until Remove. */
export function PackRemoval({ preview, busy, onConfirm, onCancel }: PackRemovalProps) {
  return (
    <ConfirmBulk
      question={t('removal_ask', t('quote', preview.title))}
      details={removalDetails(preview)}
      undoable={preview.undoable}
      confirmLabel={t('removal_confirm')}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
