import type { Entry } from '@/utils/model';
import type { Pack } from '@/utils/pack';
import type { Kb } from '@/utils/store/kb';
import { loadedOf, makeEntry, makeFact, makePack, makeStance } from './kb-records';

const v1 = { createdAt: 100, updatedAt: 100, rev: 1 };
const v2 = { createdAt: 100, updatedAt: 500, rev: 2 };
const france = makeEntry('france', { kind: 'country', name: 'France', ...v1 });
const macron = makeEntry('macron', { name: 'Emmanuel Macron', affiliation: 'france', ...v1 });
const mission = makeEntry('mission', { kind: 'mission', name: 'Reassurance force', ...v1 });

/** Version 1 of a subscribed pack: three entries, a fact and a stance. */
export const PACK_V1: Pack = {
  ...makePack({
    entries: [france, macron, mission],
    facts: [makeFact('f1', ['macron'], v1)],
    stances: [makeStance('s1', 'macron', 'mission', v1)],
  }),
  title: 'Peace process',
  exportedAt: '2026-01-01T00:00:00.000Z',
};

/**
 * Version 2: Macron and France changed, the mission as it was, fact f1 removed, Merz added. With the reader's edits of
 * France and the mission, the update has one of each: update, conflict, kept, removal, create.
 */
export const PACK_V2: Pack = {
  ...PACK_V1,
  exportedAt: '2026-02-01T00:00:00.000Z',
  entries: [
    { ...france, name: 'French Republic', ...v2 },
    { ...macron, role: 'President', ...v2 },
    mission,
    makeEntry('merz', { name: 'Friedrich Merz', ...v2 }),
  ],
  facts: [],
};

/** Edits an entry as the editor would (its facts and stances kept), so its origin is marked edited. */
export async function editEntry(kb: Kb, id: string, change: Partial<Entry>): Promise<void> {
  const draft = (await kb.draft(id))!;
  await kb.saveDraft({ ...draft, entry: { ...draft.entry, ...change } }, draft.entry.rev, loadedOf(draft));
}
