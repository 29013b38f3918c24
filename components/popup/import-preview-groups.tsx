import { useState } from 'preact/hooks';
import type { ImportPreviewItem, ImportStatus } from './types';

/** Statuses in the order the preview lists them: what needs attention first. */
export const IMPORT_STATUS_ORDER: readonly ImportStatus[] = [
  'invalid',
  'breaks',
  'conflicting',
  'new',
  'updated',
  'unchanged',
];

/** Human names of import statuses. */
export const IMPORT_STATUS_LABELS: Readonly<Record<ImportStatus, string>> = {
  invalid: 'Invalid',
  breaks: 'Broken by a merge',
  conflicting: 'Conflicting',
  new: 'New',
  updated: 'Updated',
  unchanged: 'Unchanged',
};

/** Rows shown per group; a first import may hold thousands of records and the popup must stay quick. */
export const IMPORT_GROUP_LIMIT = 200;

const TYPE_LABELS = { entry: 'Entry', fact: 'Fact', stance: 'Stance' } as const;

/** Props of {@link ImportGroup}. */
export interface ImportGroupProps {
  status: ImportStatus;
  items: readonly ImportPreviewItem[];
}

/** One status's records as a collapsible table; unchanged records start collapsed and render only when opened. */
export function ImportGroup({ status, items }: ImportGroupProps) {
  const [open, setOpen] = useState(status !== 'unchanged');
  const label = IMPORT_STATUS_LABELS[status];
  const withReason = status !== 'new' && status !== 'updated' && status !== 'unchanged';
  const shown = items.slice(0, IMPORT_GROUP_LIMIT);
  return (
    <details
      class={`fl-import-group fl-status-${status}`}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{`${label} (${items.length})`}</summary>
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
                <td>{item.name}</td>
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
