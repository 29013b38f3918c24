import { t, tSlots } from '@/utils/i18n/t';
import { entryLine, IMPORT_STATUS_ORDER, recordLine } from './import-counts';
import { ImportGroup } from './import-preview-groups';
import type { ImportPreview, ImportPreviewItem, ImportStatus } from './types';

function groupByStatus(items: readonly ImportPreviewItem[]): Map<ImportStatus, ImportPreviewItem[]> {
  const groups = new Map<ImportStatus, ImportPreviewItem[]>();
  for (const item of items) {
    const group = groups.get(item.status);
    if (group) group.push(item);
    else groups.set(item.status, [item]);
  }
  return groups;
}

/**
 * What a bulk write would do, before it is written: the pack's title with its entries counted by status, the facts
 * and stances on a second line, and each status's records as a collapsible group. The import and the re-install of
 * the starter pack show it alike.
 */
export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const groups = groupByStatus(preview.items);
  const records = recordLine(preview.items);
  return (
    <>
      <p>
        {tSlots('preview_title_line', 2).map((part) =>
          part === 0 ? (
            <strong>{preview.title}</strong>
          ) : part === 1 ? (
            preview.items.length === 0 ? (
              t('preview_empty')
            ) : (
              entryLine(preview.items)
            )
          ) : (
            part
          ),
        )}
      </p>
      {records && <p class="fl-hint">{records}</p>}
      {IMPORT_STATUS_ORDER.map((status) => {
        const items = groups.get(status);
        return items ? <ImportGroup key={status} status={status} items={items} /> : null;
      })}
    </>
  );
}
