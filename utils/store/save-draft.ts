import type { Entry, Fact, Stance } from '../model';
import { sameRecord } from './equal';
import type { WriteTx } from './layout';
import { putEntry, putFact, putStance } from './writes';

/** What the editor saves: an entry with the complete set of its facts and stances (absent ones were removed). */
export interface EntryDraft {
  entry: Entry;
  facts: Fact[];
  stances: Stance[];
}

/**
 * Saves an editor's draft in one transaction, each record under its own revision check: new records are created,
 * changed ones updated, the entry's facts and stances missing from the draft removed (a fact that also concerns
 * other entries only loses this one).
 */
export async function saveDraft(
  tx: WriteTx,
  draft: EntryDraft,
  expectedRev: number | null,
  now: number,
): Promise<Entry> {
  const strays = [
    ...draft.facts.filter((fact) => !fact.entryIds.includes(draft.entry.id)),
    ...draft.stances.filter(
      (stance) => stance.actorId !== draft.entry.id && stance.proposalId !== draft.entry.id,
    ),
  ];
  if (strays.length > 0) throw new Error(`"${strays[0]!.id}" does not concern entry "${draft.entry.id}"`);
  const entry = await putEntry(tx, draft.entry, expectedRev, now);
  const facts = tx.objectStore('facts');
  const keptFacts = new Set(draft.facts.map((fact) => fact.id));
  for (const fact of await facts.index('entryIds').getAll(entry.id)) {
    if (keptFacts.has(fact.id)) continue;
    const others = fact.entryIds.filter((id) => id !== entry.id);
    if (others.length === 0) await facts.delete(fact.id);
    else await facts.put({ ...fact, entryIds: others, updatedAt: now, rev: fact.rev + 1 });
  }
  for (const fact of draft.facts) {
    const stored = await facts.get(fact.id);
    if (!stored) await putFact(tx, fact, null, now);
    else if (!sameRecord(stored, fact)) await putFact(tx, fact, fact.rev, now);
  }

  const stances = tx.objectStore('stances');
  const keptStances = new Set(draft.stances.map((stance) => stance.id));
  const current = [
    ...(await stances.index('actorId').getAll(entry.id)),
    ...(await stances.index('proposalId').getAll(entry.id)),
  ];
  for (const stance of current) if (!keptStances.has(stance.id)) await stances.delete(stance.id);
  for (const stance of draft.stances) {
    const stored = await stances.get(stance.id);
    if (!stored) await putStance(tx, stance, null, now);
    else if (!sameRecord(stored, stance)) await putStance(tx, stance, stance.rev, now);
  }
  return entry;
}
