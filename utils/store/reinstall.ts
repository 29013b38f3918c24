import { COLLECTIONS, type PlannedRecord } from '@/utils/import-plan';
import type { PackRecords } from '@/utils/pack';
import { sameRecord } from './equal';
import type { KbRecord } from './errors';
import type { AnyTx } from './layout';
import { originOf } from './origins';

/** A re-install's records: those it writes, and those it leaves as they are because the reader made them theirs. */
export interface ReinstallSplit {
  records: PackRecords;
  kept: PlannedRecord[];
}

/**
 * Splits a bundled pack for a re-install: a record stored with different contents that the reader edited since it
 * came from a pack, or wrote themselves under the same id, is kept as it is; everything else is written as the pack
 * has it, so records the reader deleted come back and untouched ones follow the pack.
 */
export async function splitEdited(
  tx: AnyTx,
  pack: PackRecords,
  stored: PackRecords,
): Promise<ReinstallSplit> {
  const records: PackRecords = { entries: [], facts: [], stances: [] };
  const kept: PlannedRecord[] = [];
  for (const collection of COLLECTIONS) {
    const byId = new Map<string, KbRecord>(stored[collection].map((record) => [record.id, record]));
    const mine = records[collection] as KbRecord[];
    for (const [index, record] of (pack[collection] as KbRecord[]).entries()) {
      const before = byId.get(record.id);
      const origin = before && !sameRecord(before, record) ? await originOf(tx, collection, record.id) : null;
      if (origin && (origin.edited || origin.packs.length === 0))
        kept.push({ collection, index, record: before! });
      else mine.push(record);
    }
  }
  return { records, kept };
}
