import { DOSSIER_WORDS as W } from '@/components/dossier/dossier-wording';
import { EntryDossier } from '@/components/dossier/entry-dossier';
import type { EntryRef } from '@/utils/dossier/dossier-source';
import { call } from '@/utils/protocol/call';
import { useLoaded } from './use-loaded';

/** The entry view: the entry with all its facts and stances (as the editor loads it) and where it comes from. */
export function EntryPanel({ refs, id }: { refs: ReadonlyMap<string, EntryRef>; id: string }) {
  const loaded = useLoaded(id, () => Promise.all([call('kb.draft', { id }), call('kb.origin', { id })]));
  if (loaded === null) return <p class="fl-muted">{W.loading}</p>;
  if (!loaded.ok) return <p role="alert">{W.failed(loaded.error)}</p>;
  const [draft, origin] = loaded.value;
  if (draft === null) return <p class="fl-empty">{W.entryGone}</p>;
  return (
    <EntryDossier
      draft={draft}
      origin={origin}
      refs={refs}
      editHref={`/popup.html?view=tab#entry=${encodeURIComponent(id)}`}
    />
  );
}
