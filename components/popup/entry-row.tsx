import { kindLabel } from '@/utils/i18n/labels';
import { type Entry, familyOf } from '@/utils/model';

/** One row of the entries list: name on top, kind and role below, sized for the list's fixed row height. */
export function EntryRow({ entry }: { entry: Entry }) {
  return (
    <span class={`fl-row fl-family-${familyOf(entry.kind)}`}>
      <span class="fl-row-name">{entry.name}</span>
      <span class="fl-row-meta fl-muted">
        {entry.role ? `${kindLabel(entry.kind)} · ${entry.role}` : kindLabel(entry.kind)}
      </span>
    </span>
  );
}
