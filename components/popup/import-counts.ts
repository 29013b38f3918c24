import { t, tn } from '@/utils/i18n/t';
import type { ImportPreviewItem, ImportStatus } from './types';

/** Statuses in the order the preview lists them: what needs attention first. */
export const IMPORT_STATUS_ORDER: readonly ImportStatus[] = [
  'invalid',
  'breaks',
  'conflicting',
  'kept',
  'new',
  'updated',
  'unchanged',
];

/** The human name of an import status ("Updated"). */
export function importStatusLabel(status: ImportStatus): string {
  return t(`status_${status}`);
}

/** "2 entries", "1 fact": a count of one type of record. */
const counted = { entry: 'entries_count', fact: 'facts_count', stance: 'stances_count' } as const;

/** "2 new, 1 updated": how many of `items` have each status, attention first. */
function byStatus(items: readonly ImportPreviewItem[]): string {
  return IMPORT_STATUS_ORDER.flatMap((status) => {
    const count = items.filter((item) => item.status === status).length;
    return count > 0 ? [t('status_count', count, importStatusLabel(status).toLowerCase())] : [];
  }).join(', ');
}

/** The preview's headline, in entries, what a reader thinks in: "3 entries: 2 new, 1 updated". */
export function entryLine(items: readonly ImportPreviewItem[]): string {
  const entries = items.filter((item) => item.type === 'entry');
  return entries.length === 0
    ? t('preview_no_entries')
    : t('preview_entries', tn('entries_count', entries.length), byStatus(entries));
}

/** The facts and stances that come with the entries, as a secondary line, or null when there are none. */
export function recordLine(items: readonly ImportPreviewItem[]): string | null {
  const others = items.filter((item) => item.type !== 'entry');
  if (others.length === 0) return null;
  const facts = others.filter((item) => item.type === 'fact').length;
  const stances = others.length - facts;
  const what = [
    ...(facts > 0 ? [tn('facts_count', facts)] : []),
    ...(stances > 0 ? [tn('stances_count', stances)] : []),
  ].join(` ${t('and')} `);
  return t('preview_with', what, byStatus(others));
}

/** A status group's size by kind of record, e.g. "1 entry, 2 facts". */
export function groupCount(items: readonly ImportPreviewItem[]): string {
  const count = (type: ImportPreviewItem['type']) => items.filter((item) => item.type === type).length;
  return (['entry', 'fact', 'stance'] as const)
    .flatMap((type) => (count(type) > 0 ? [tn(counted[type], count(type))] : []))
    .join(', ');
}
