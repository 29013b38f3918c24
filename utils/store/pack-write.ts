import type { ImportMode, ImportSummary, Pack } from '../pack';
import { sameRecord } from './equal';
import type { KbRecord } from './errors';
import type { WriteTx } from './layout';

/** The records of a pack, all a write needs. */
export type PackRecords = Pick<Pack, 'entries' | 'facts' | 'stances'>;

/** Writes one record type, counting each record against what was stored before under its id. */
async function apply<T extends KbRecord>(
  records: T[],
  previous: (id: string) => Promise<T | undefined>,
  write: (record: T) => Promise<unknown>,
  summary: ImportSummary,
): Promise<void> {
  for (const record of records) {
    const before = await previous(record.id);
    if (!before) summary.added += 1;
    else if (!sameRecord(before, record)) summary.updated += 1;
    else summary.unchanged += 1;
    await write(record);
  }
}

/** Takes a map's value out, so what is left at the end is what a replace removed. */
function take<T>(map: Map<string, T>): (id: string) => Promise<T | undefined> {
  return async (id) => {
    const value = map.get(id);
    map.delete(id);
    return value;
  };
}

/**
 * Writes a pack's records inside the caller's transaction, keeping each record's own revision and times. Merge upserts
 * by id; replace empties entries, facts and stances first and counts stored ids the pack lacks as removed.
 */
export async function writePack(tx: WriteTx, pack: PackRecords, mode: ImportMode): Promise<ImportSummary> {
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  const entries = tx.objectStore('entries');
  const facts = tx.objectStore('facts');
  const stances = tx.objectStore('stances');
  if (mode === 'merge') {
    await apply(
      pack.entries,
      (id) => entries.get(id),
      (entry) => entries.put(entry),
      summary,
    );
    await apply(
      pack.facts,
      (id) => facts.get(id),
      (fact) => facts.put(fact),
      summary,
    );
    await apply(
      pack.stances,
      (id) => stances.get(id),
      (stance) => stances.put(stance),
      summary,
    );
    return summary;
  }
  const oldEntries = new Map((await entries.getAll()).map((entry) => [entry.id, entry]));
  const oldFacts = new Map((await facts.getAll()).map((fact) => [fact.id, fact]));
  const oldStances = new Map((await stances.getAll()).map((stance) => [stance.id, stance]));
  await Promise.all([entries.clear(), facts.clear(), stances.clear()]);
  await apply(pack.entries, take(oldEntries), (entry) => entries.add(entry), summary);
  await apply(pack.facts, take(oldFacts), (fact) => facts.add(fact), summary);
  await apply(pack.stances, take(oldStances), (stance) => stances.add(stance), summary);
  summary.removed = oldEntries.size + oldFacts.size + oldStances.size;
  return summary;
}
