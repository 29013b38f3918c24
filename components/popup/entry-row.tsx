import { type Entry, familyOf } from '@/utils/model';
import { KIND_LABELS } from './labels';

/** One row of the entries list: name on top, kind and role below, sized for the list's fixed row height. */
export function EntryRow({ entry }: { entry: Entry }) {
  return (
    <span class={`fl-row fl-family-${familyOf(entry.kind)}`}>
      <span class="fl-row-name">{entry.name}</span>
      <span class="fl-row-meta fl-muted">
        {entry.role ? `${KIND_LABELS[entry.kind]} · ${entry.role}` : KIND_LABELS[entry.kind]}
      </span>
    </span>
  );
}
