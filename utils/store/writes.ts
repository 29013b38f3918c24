import type { Entry, Fact, Stance } from '@/utils/model';
import { NotFoundError } from './errors';
import type { WriteTx } from './layout';
import { stamp } from './revisions';

/** Refuses a reference to an entry that is not stored, so no record points at nothing. */
async function requireEntry(tx: WriteTx, id: string): Promise<void> {
  if ((await tx.objectStore('entries').count(id)) === 0) throw new NotFoundError('Entry', id);
}

/** Creates or updates an entry under the revision rule; its affiliation must exist. */
export async function putEntry(
  tx: WriteTx,
  entry: Entry,
  expectedRev: number | null,
  now: number,
): Promise<Entry> {
  const store = tx.objectStore('entries');
  const next = stamp('Entry', entry, await store.get(entry.id), expectedRev, now);
  if (next.affiliation !== null && next.affiliation !== next.id) await requireEntry(tx, next.affiliation);
  await store.put(next);
  return next;
}

/** Creates or updates a fact under the revision rule; every entry it concerns must exist. */
export async function putFact(
  tx: WriteTx,
  fact: Fact,
  expectedRev: number | null,
  now: number,
): Promise<Fact> {
  const store = tx.objectStore('facts');
  const next = stamp('Fact', fact, await store.get(fact.id), expectedRev, now);
  for (const id of next.entryIds) await requireEntry(tx, id);
  await store.put(next);
  return next;
}

/** Creates or updates a stance under the revision rule; its actor and proposal must exist. */
export async function putStance(
  tx: WriteTx,
  stance: Stance,
  expectedRev: number | null,
  now: number,
): Promise<Stance> {
  const store = tx.objectStore('stances');
  const next = stamp('Stance', stance, await store.get(stance.id), expectedRev, now);
  await requireEntry(tx, next.actorId);
  await requireEntry(tx, next.proposalId);
  await store.put(next);
  return next;
}
