import type { Entry, Fact, Stance } from '@/utils/model';
import type { WriteTx } from './layout';
import { stamp } from './revisions';

/** Creates or updates an entry under the revision rule; the caller checks integrity once its write is complete. */
export async function putEntry(
  tx: WriteTx,
  entry: Entry,
  expectedRev: number | null,
  now: number,
): Promise<Entry> {
  const store = tx.objectStore('entries');
  const next = stamp('Entry', entry, await store.get(entry.id), expectedRev, now);
  await store.put(next);
  return next;
}

/** Creates or updates a fact under the revision rule; the caller checks integrity once its write is complete. */
export async function putFact(
  tx: WriteTx,
  fact: Fact,
  expectedRev: number | null,
  now: number,
): Promise<Fact> {
  const store = tx.objectStore('facts');
  const next = stamp('Fact', fact, await store.get(fact.id), expectedRev, now);
  await store.put(next);
  return next;
}

/** Creates or updates a stance under the revision rule; the caller checks integrity once its write is complete. */
export async function putStance(
  tx: WriteTx,
  stance: Stance,
  expectedRev: number | null,
  now: number,
): Promise<Stance> {
  const store = tx.objectStore('stances');
  const next = stamp('Stance', stance, await store.get(stance.id), expectedRev, now);
  await store.put(next);
  return next;
}
