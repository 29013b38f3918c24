import { useState } from 'preact/hooks';
import { groupCount, IMPORT_STATUS_LABELS } from './import-counts';
import type { ImportPreviewItem, ImportStatus } from './types';

/** Rows shown per group; a first import may hold thousands of records and the popup must stay quick. */
export const IMPORT_GROUP_LIMIT = 200;

const TYPE_LABELS = { entry: 'Entry', fact: 'Fact', stance: 'Stance' } as const;

/** Props of {@link ImportGroup}. */
export interface ImportGroupProps {
  status: ImportStatus;
  items: readonly ImportPreviewItem[];
}

/**
 * One status's records as a collapsible table, an update with what it changes; unchanged records start collapsed
 * and render only when opened.
 */
export function ImportGroup({ status, items }: ImportGroupProps) {
  const [open, setOpen] = useState(status !== 'unchanged');
  const label = IMPORT_STATUS_LABELS[status];
  const withReason = status === 'invalid' || status === 'breaks' || status === 'conflicting';
  const shown = items.slice(0, IMPORT_GROUP_LIMIT);
  return (
    <details
      class={`fl-import-group fl-status-${status}`}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{`${label} (${groupCount(items)})`}</summary>
      {open && (
        <table
          class="fl-table"
          aria-label={status === 'breaks' ? 'Stored records a merge would break' : `${label} records`}
        >
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              {withReason && <th scope="col">Reason</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={`${item.type}:${item.id}`}>
                <td>
                  {item.name}
                  {item.changes && item.changes.length > 0 && (
                    <ul class="fl-changes" aria-label={`What changes in ${item.name}`}>
                      {item.changes.map((change) => (
                        <li key={change.field}>{`${change.field}: ${change.before} → ${change.after}`}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{TYPE_LABELS[item.type]}</td>
                {withReason && <td>{item.reason ?? ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && items.length > shown.length && (
        <p class="fl-hint">{`…and ${items.length - shown.length} more`}</p>
      )}
    </details>
  );
}
