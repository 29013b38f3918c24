import type { Entry, Fact, Stance } from '@/utils/model';
import { dropEntryFromFact, factsOf, stancesOf } from './entry-records';
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
export async function writeDraft(
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
  const keptFacts = new Set(draft.facts.map((fact) => fact.id));
  for (const fact of await factsOf(tx, entry.id)) {
    if (!keptFacts.has(fact.id)) await dropEntryFromFact(tx, fact, entry.id, now);
  }
  const facts = tx.objectStore('facts');
  for (const fact of draft.facts) {
    const stored = await facts.get(fact.id);
    if (!stored) await putFact(tx, fact, null, now);
    else if (!sameRecord(stored, fact)) await putFact(tx, fact, fact.rev, now);
  }

  const keptStances = new Set(draft.stances.map((stance) => stance.id));
  const stances = tx.objectStore('stances');
  for (const stance of await stancesOf(tx, entry.id)) {
    if (!keptStances.has(stance.id)) await stances.delete(stance.id);
  }
  for (const stance of draft.stances) {
    const stored = await stances.get(stance.id);
    if (!stored) await putStance(tx, stance, null, now);
    else if (!sameRecord(stored, stance)) await putStance(tx, stance, stance.rev, now);
  }
  return entry;
}
