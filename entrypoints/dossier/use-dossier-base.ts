import type { EntryRef } from '@/utils/dossier/dossier-source';
import { call } from '@/utils/protocol/call';
import { type Loaded, useLoaded } from './use-loaded';

/** The installed packs, which every view names beside its records and the timeline filters by. */
export interface DossierPacks {
  packs: { id: string; title: string }[];
  packTitles: Map<string, string>;
}

/** Each entry's name and kind, by id (to name entries) and by name (for the entry filter). */
export interface DossierNames {
  refs: Map<string, EntryRef>;
  entries: EntryRef[];
}

/**
 * Loads the packs and, in a request of its own once `namesWanted`, every entry's name, once and again after each
 * write. They come apart so a view waits only for what it shows: the timeline's rows name their own entries, and at
 * 10,000 entries reading the names would hold up the timeline's first page, so the timeline asks for them after it.
 */
export function useDossierBase(namesWanted: boolean): {
  packs: Loaded<DossierPacks>;
  names: Loaded<DossierNames>;
} {
  const packs = useLoaded('packs', async () => {
    const installed = (await call('packs.list', {})).installed.map(({ id, title }) => ({ id, title }));
    return { packs: installed, packTitles: new Map(installed.map(({ id, title }) => [id, title])) };
  });
  const names = useLoaded(
    String(namesWanted),
    namesWanted
      ? async () => {
          const refs = new Map((await call('dossier.entryRefs', {})).map((entry) => [entry.id, entry]));
          return { refs, entries: [...refs.values()].sort((a, b) => a.name.localeCompare(b.name)) };
        }
      : null,
  );
  return { packs, names };
}
