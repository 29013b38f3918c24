import type { Fact, Stance } from '@/utils/model';
import type { AnyTx, WriteTx } from './layout';
import { stamp } from './revisions';

/** The facts that concern an entry: what the editor opens with it and what deleting it must deal with. */
export function factsOf(tx: AnyTx, id: string): Promise<Fact[]> {
  return tx.objectStore('facts').index('entryIds').getAll(id);
}

/** The stances an entry takes part in, as actor or as proposal, each once. */
export async function stancesOf(tx: AnyTx, id: string): Promise<Stance[]> {
  const stances = tx.objectStore('stances');
  const sides = [
    ...(await stances.index('actorId').getAll(id)),
    ...(await stances.index('proposalId').getAll(id)),
  ];
  return [...new Map(sides.map((stance) => [stance.id, stance])).values()];
}

/**
 * Takes an entry out of a fact: a fact about that entry alone is deleted, one that also concerns others is kept
 * without it under a new revision (so a stale editor of the fact is caught). Returns true when it was deleted.
 */
export async function dropEntryFromFact(
  tx: WriteTx,
  fact: Fact,
  entryId: string,
  now: number,
): Promise<boolean> {
  const facts = tx.objectStore('facts');
  const entryIds = fact.entryIds.filter((id) => id !== entryId);
  if (entryIds.length === 0) {
    await facts.delete(fact.id);
    return true;
  }
  await facts.put(stamp('Fact', { ...fact, entryIds }, fact, fact.rev, now));
  return false;
}
