import type { Entry, Fact, Stance } from '@/utils/model';
import { dropEntryFromFact, factsOf, stancesOf } from './entry-records';
import { ConflictError } from './errors';
import { requireIntegrity, type Touched } from './integrity-check';
import type { WriteTx } from './layout';
import { checkRev } from './revisions';
import { putEntry } from './writes';

/** Everything deleting an entry removed or changed, as it was before, so `restore` can put it back exactly. */
export interface Removed {
  entry: Entry;
  stances: Stance[];
  /** Facts deleted because they concerned only this entry. */
  facts: Fact[];
  /** Facts that also concern other entries, as they were before losing this entry's id. */
  detachedFacts: Fact[];
  /** Entries affiliated to this one, as they were before their affiliation was cleared. */
  detachedEntries: Entry[];
}

/** Every record a delete, or its undo, writes: what the integrity check must look at. */
function touchedBy(removed: Removed): Touched {
  return {
    entries: [removed.entry, ...removed.detachedEntries].map((entry) => entry.id),
    facts: [...removed.facts, ...removed.detachedFacts].map((fact) => fact.id),
    stances: removed.stances.map((stance) => stance.id),
  };
}

/**
 * Deletes an entry and whatever only made sense with it: its stances, the facts only about it; the facts and entries
 * that merely point at it lose the pointer (a new revision each, so stale editors of those records are caught).
 */
export async function removeEntry(
  tx: WriteTx,
  id: string,
  expectedRev: number,
  now: number,
): Promise<Removed> {
  const entries = tx.objectStore('entries');
  const entry = checkRev('Entry', id, await entries.get(id), expectedRev);
  const stances = await stancesOf(tx, id);
  const concerned = await factsOf(tx, id);
  const detachedEntries = (await entries.getAll()).filter(
    (other) => other.affiliation === id && other.id !== id,
  );

  await entries.delete(id);
  for (const stance of stances) await tx.objectStore('stances').delete(stance.id);
  const facts: Fact[] = [];
  const detachedFacts: Fact[] = [];
  for (const fact of concerned) {
    const deleted = await dropEntryFromFact(tx, fact, id, now);
    (deleted ? facts : detachedFacts).push(fact);
  }
  for (const other of detachedEntries) await putEntry(tx, { ...other, affiliation: null }, other.rev, now);
  const removed = { entry, stances, facts, detachedFacts, detachedEntries };
  await requireIntegrity(tx, touchedBy(removed));
  return removed;
}

/**
 * Undoes `removeEntry` exactly, or not at all: fails if a removed id was taken again or a detached record
 * changed since the delete.
 */
export async function restoreRemoved(tx: WriteTx, removed: Removed): Promise<void> {
  const entries = tx.objectStore('entries');
  const stanceStore = tx.objectStore('stances');
  const factStore = tx.objectStore('facts');
  const taken = await entries.get(removed.entry.id);
  if (taken) throw new ConflictError('Entry', taken, null);
  await entries.add(removed.entry);
  for (const stance of removed.stances) {
    const current = await stanceStore.get(stance.id);
    if (current) throw new ConflictError('Stance', current, null);
    await stanceStore.add(stance);
  }
  for (const fact of removed.facts) {
    const current = await factStore.get(fact.id);
    if (current) throw new ConflictError('Fact', current, null);
    await factStore.add(fact);
  }
  for (const fact of removed.detachedFacts) {
    checkRev('Fact', fact.id, await factStore.get(fact.id), fact.rev + 1);
    await factStore.put(fact);
  }
  for (const other of removed.detachedEntries) {
    checkRev('Entry', other.id, await entries.get(other.id), other.rev + 1);
    await entries.put(other);
  }
  await requireIntegrity(tx, touchedBy(removed));
}
