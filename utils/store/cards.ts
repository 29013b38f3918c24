import { type Card, type Fact, familyOf, POSITIONS } from '@/utils/model';
import type { ReadTx } from './layout';
import { originOf } from './origins';
import { seenSummary } from './seen-log';
import { labelOf, type PackView } from './visibility';

/** Latest first: by date string descending (`2025` sorts after `2024-12-31`), then by last edit. */
function byRecency(a: Fact, b: Fact): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return b.updatedAt - a.updatedAt;
}

/**
 * Assembles popover cards within one read transaction. Unknown and hidden ids are skipped, and so are hidden facts
 * and stances, and stances whose other side is missing or hidden; stances come strongest position first, then by the
 * other side's name. Each card says which packs its entry came from and the pages it was seen in.
 */
export async function buildCards(tx: ReadTx, ids: string[], view: PackView): Promise<Card[]> {
  const { hidden } = view;
  const entries = tx.objectStore('entries');
  const stanceStore = tx.objectStore('stances');
  const names = new Map<string, string | undefined>();
  const nameOf = async (id: string): Promise<string | undefined> => {
    if (!names.has(id)) names.set(id, hidden.entries.has(id) ? undefined : (await entries.get(id))?.name);
    return names.get(id);
  };
  const cards: Card[] = [];
  for (const id of new Set(ids)) {
    const entry = hidden.entries.has(id) ? undefined : await entries.get(id);
    if (!entry) continue;
    const affiliationName = entry.affiliation === null ? undefined : await nameOf(entry.affiliation);
    const isActor = familyOf(entry.kind) === 'actor';
    const own = await stanceStore.index(isActor ? 'actorId' : 'proposalId').getAll(id);
    const stances: Card['stances'] = [];
    for (const stance of own) {
      if (hidden.stances.has(stance.id)) continue;
      const otherId = isActor ? stance.proposalId : stance.actorId;
      const otherName = await nameOf(otherId);
      if (otherName !== undefined) stances.push({ stance, otherId, otherName });
    }
    stances.sort(
      (a, b) =>
        POSITIONS.indexOf(a.stance.position) - POSITIONS.indexOf(b.stance.position) ||
        a.otherName.localeCompare(b.otherName),
    );
    const facts = (await tx.objectStore('facts').index('entryIds').getAll(id))
      .filter((fact) => !hidden.facts.has(fact.id))
      .sort(byRecency);
    const affiliation =
      entry.affiliation !== null && affiliationName !== undefined
        ? { id: entry.affiliation, name: affiliationName }
        : null;
    const origin = labelOf(await originOf(tx, 'entries', id), view.titles);
    cards.push({ entry, affiliation, stances, facts, origin, seen: await seenSummary(tx, id) });
  }
  return cards;
}
