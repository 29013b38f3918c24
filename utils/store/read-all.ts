import type { PackRecords } from '@/utils/pack';
import { factsOf, stancesOf } from './entry-records';
import type { AnyTx } from './layout';
import type { EntryDraft } from './save-draft';

/** Every entry, fact and stance, read in one transaction: what export writes out and an import is planned against. */
export async function readAll(tx: AnyTx): Promise<PackRecords> {
  const [entries, facts, stances] = await Promise.all([
    tx.objectStore('entries').getAll(),
    tx.objectStore('facts').getAll(),
    tx.objectStore('stances').getAll(),
  ]);
  return { entries, facts, stances };
}

/** An entry with every fact and stance that concerns it, as the editor opens it; null when the entry is gone. */
export async function readDraft(tx: AnyTx, id: string): Promise<EntryDraft | null> {
  const entry = await tx.objectStore('entries').get(id);
  if (!entry) return null;
  return { entry, facts: await factsOf(tx, id), stances: await stancesOf(tx, id) };
}
