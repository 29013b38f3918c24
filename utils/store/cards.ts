import { type Card, type Fact, familyOf, POSITIONS } from '@/utils/model';
import type { ReadTx } from './layout';

/** Latest first: by date string descending (`2025` sorts after `2024-12-31`), then by last edit. */
function byRecency(a: Fact, b: Fact): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return b.updatedAt - a.updatedAt;
}

/**
 * Assembles popover cards within one read transaction. Unknown ids are skipped, and so are stances whose other side is
 * missing; stances come strongest position first, then by the other side's name.
 */
export async function buildCards(tx: ReadTx, ids: string[]): Promise<Card[]> {
  const entries = tx.objectStore('entries');
  const stanceStore = tx.objectStore('stances');
  const names = new Map<string, string | undefined>();
  const nameOf = async (id: string): Promise<string | undefined> => {
    if (!names.has(id)) names.set(id, (await entries.get(id))?.name);
    return names.get(id);
  };
  const cards: Card[] = [];
  for (const id of new Set(ids)) {
    const entry = await entries.get(id);
    if (!entry) continue;
    const affiliationName = entry.affiliation === null ? undefined : await nameOf(entry.affiliation);
    const isActor = familyOf(entry.kind) === 'actor';
    const own = await stanceStore.index(isActor ? 'actorId' : 'proposalId').getAll(id);
    const stances: Card['stances'] = [];
    for (const stance of own) {
      const otherId = isActor ? stance.proposalId : stance.actorId;
      const otherName = await nameOf(otherId);
      if (otherName !== undefined) stances.push({ stance, otherId, otherName });
    }
    stances.sort(
      (a, b) =>
        POSITIONS.indexOf(a.stance.position) - POSITIONS.indexOf(b.stance.position) ||
        a.otherName.localeCompare(b.otherName),
    );
    const facts = (await tx.objectStore('facts').index('entryIds').getAll(id)).sort(byRecency);
    const affiliation =
      entry.affiliation !== null && affiliationName !== undefined
        ? { id: entry.affiliation, name: affiliationName }
        : null;
    cards.push({ entry, affiliation, stances, facts });
  }
  return cards;
}
