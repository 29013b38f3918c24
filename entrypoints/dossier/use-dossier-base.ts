import type { EntryRef } from '@/utils/dossier/dossier-source';
import { call } from '@/utils/protocol/call';
import { type Loaded, useLoaded } from './use-loaded';

/** What every dossier view needs: each entry's name and kind, by id and by name, and the installed packs. */
export interface DossierBase {
  refs: Map<string, EntryRef>;
  /** Every entry, by name, for the entry filter. */
  entries: EntryRef[];
  packs: { id: string; title: string }[];
  packTitles: Map<string, string>;
}

/** Loads the entries and the packs once, and again after each write. */
export function useDossierBase(): Loaded<DossierBase> {
  return useLoaded('base', async () => {
    const [entries, packs] = await Promise.all([call('dossier.entryRefs', {}), call('packs.list', {})]);
    const refs = new Map(entries.map((entry) => [entry.id, entry]));
    const installed = packs.installed.map(({ id, title }) => ({ id, title }));
    return {
      refs,
      entries: [...refs.values()].sort((a, b) => a.name.localeCompare(b.name)),
      packs: installed,
      packTitles: new Map(installed.map(({ id, title }) => [id, title])),
    };
  });
}
