import type { Entry, Fact, Stance } from '@/utils/model';
import { dropEntryFromFact, factsOf, stancesOf } from './entry-records';
import { sameRecord } from './equal';
import { ConflictError, type RecordLabel } from './errors';
import { requireIntegrity } from './integrity-check';
import type { WriteTx } from './layout';
import { putEntry, putFact, putStance } from './writes';

/** What the editor saves: an entry with the complete set of its facts and stances (absent ones were removed). */
export interface EntryDraft {
  entry: Entry;
  facts: Fact[];
  stances: Stance[];
}

/** A related record as the editor loaded it: its id and the revision it saw. */
export interface LoadedRev {
  id: string;
  rev: number;
}

/**
 * The facts and stances the editor loaded with its entry: a save removes only these (when left out of the draft), so
 * it never deletes a record someone else added or changed meanwhile.
 */
export interface LoadedRevs {
  facts: LoadedRev[];
  stances: LoadedRev[];
}

/**
 * The stored related records the draft leaves out, once each is shown to be one the editor loaded at its stored
 * revision (the reader removed it); a record added since, or changed since, is a conflict instead.
 */
function removable<T extends Fact | Stance>(
  label: RecordLabel,
  stored: T[],
  drafted: T[],
  loaded: LoadedRev[],
): T[] {
  const kept = new Set(drafted.map((record) => record.id));
  const seen = new Map(loaded.map(({ id, rev }) => [id, rev]));
  const dropped = stored.filter((record) => !kept.has(record.id));
  for (const record of dropped) {
    const rev = seen.get(record.id);
    if (rev === undefined) throw new ConflictError(label, record, 'unseen');
    if (rev !== record.rev) throw new ConflictError(label, record, rev);
  }
  return dropped;
}

/**
 * Saves an editor's draft in one transaction, each record under its own revision check: new records are created,
 * changed ones updated, and the loaded facts and stances missing from the draft removed (a fact that also concerns
 * other entries only loses this one). Refuses, changing nothing, a save that would remove a related record the
 * editor did not load as stored, or that would leave the knowledge base inconsistent.
 */
export async function writeDraft(
  tx: WriteTx,
  draft: EntryDraft,
  expectedRev: number | null,
  loaded: LoadedRevs,
  now: number,
): Promise<Entry> {
  const id = draft.entry.id;
  const strays = [
    ...draft.facts.filter((fact) => !fact.entryIds.includes(id)),
    ...draft.stances.filter((stance) => stance.actorId !== id && stance.proposalId !== id),
  ];
  if (strays.length > 0) throw new Error(`"${strays[0]!.id}" does not concern entry "${id}"`);
  const entry = await putEntry(tx, draft.entry, expectedRev, now);
  const droppedFacts = removable('Fact', await factsOf(tx, id), draft.facts, loaded.facts);
  const droppedStances = removable('Stance', await stancesOf(tx, id), draft.stances, loaded.stances);
  for (const fact of droppedFacts) await dropEntryFromFact(tx, fact, id, now);
  for (const stance of droppedStances) await tx.objectStore('stances').delete(stance.id);
  for (const fact of draft.facts) {
    const stored = await tx.objectStore('facts').get(fact.id);
    if (!stored) await putFact(tx, fact, null, now);
    else if (!sameRecord(stored, fact)) await putFact(tx, fact, fact.rev, now);
  }
  for (const stance of draft.stances) {
    const stored = await tx.objectStore('stances').get(stance.id);
    if (!stored) await putStance(tx, stance, null, now);
    else if (!sameRecord(stored, stance)) await putStance(tx, stance, stance.rev, now);
  }
  await requireIntegrity(tx, {
    entries: [id],
    facts: [...droppedFacts, ...draft.facts].map((fact) => fact.id),
    stances: draft.stances.map((stance) => stance.id),
  });
  return entry;
}
