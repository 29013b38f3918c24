import { dossierHref } from '@/utils/dossier/dossier-route';
import type { EntryRef } from '@/utils/dossier/dossier-source';
import { familyOf } from '@/utils/model';

/** An entry's name as a link to its dossier page, in its family's colour, so every view leads to the whole record. */
export function EntryLink({ entry }: { entry: EntryRef }) {
  return (
    <a
      class={`fl-entry-link fl-family-${familyOf(entry.kind)}`}
      href={dossierHref({ view: 'entry', id: entry.id })}
    >
      {entry.name}
    </a>
  );
}
