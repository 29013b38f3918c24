import { useState } from 'preact/hooks';
import { t, tn } from '@/utils/i18n/t';
import { groupCount, importStatusLabel } from './import-counts';
import type { ImportPreviewItem, ImportStatus } from './types';

/** Rows shown per group; a first import may hold thousands of records and the popup must stay quick. */
export const IMPORT_GROUP_LIMIT = 200;

const TYPE_LABELS = { entry: 'type_entry', fact: 'type_fact', stance: 'type_stance' } as const;

/** Props of {@link ImportGroup}. */
export interface ImportGroupProps {
  status: ImportStatus;
  items: readonly ImportPreviewItem[];
  /** The group's name, and its table's, where the status's does not fit, e.g. a pack update's "Removed from the pack". */
  label?: string;
  /** Show each record's reason, e.g. why a pack update keeps it; by default only statuses that are problems do. */
  withReason?: boolean;
}

/**
 * One status's records as a collapsible table, an update with what it changes; unchanged records start collapsed
 * and render only when opened.
 */
export function ImportGroup({ status, items, ...options }: ImportGroupProps) {
  const [open, setOpen] = useState(status !== 'unchanged');
  const label = options.label ?? importStatusLabel(status);
  const withReason =
    options.withReason ?? (status === 'invalid' || status === 'breaks' || status === 'conflicting');
  const shown = items.slice(0, IMPORT_GROUP_LIMIT);
  return (
    <details
      class={`fl-import-group fl-status-${status}`}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t('group_summary', label, groupCount(items))}</summary>
      {open && (
        <table
          class="fl-table"
          aria-label={
            options.label ?? (status === 'breaks' ? t('group_breaks_table') : t('group_table', label))
          }
        >
          <thead>
            <tr>
              <th scope="col">{t('column_name')}</th>
              <th scope="col">{t('column_type')}</th>
              {withReason && <th scope="col">{t('column_reason')}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={`${item.type}:${item.id}`}>
                <td>
                  {item.name}
                  {item.changes && item.changes.length > 0 && (
                    <ul class="fl-changes" aria-label={t('what_changes', item.name)}>
                      {item.changes.map((change) => (
                        <li key={change.field}>{`${change.field}: ${change.before} → ${change.after}`}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{t(TYPE_LABELS[item.type])}</td>
                {withReason && <td>{item.reason ?? ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && items.length > shown.length && (
        <p class="fl-hint">{tn('and_more', items.length - shown.length)}</p>
      )}
    </details>
  );
}
