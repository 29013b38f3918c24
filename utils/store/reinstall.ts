import { COLLECTIONS, type PlannedRecord } from '@/utils/import-plan';
import { type ImportPreview, previewRecords } from '@/utils/import-preview';
import type { Pack, PackRecords } from '@/utils/pack';
import { issueMessages } from '@/utils/schema/issues';
import { sameRecord } from './equal';
import type { KbRecord } from './errors';
import type { Kb } from './kb';
import type { AnyTx } from './layout';
import { originOf } from './origins';
import { readAll } from './read-all';

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

/**
 * What re-installing `pack` would do, planned exactly as `restoreStarter` writes it: the records it adds and updates,
 * those it keeps because the reader edited them, and whether it can be undone. Nothing is written.
 */
export function previewReinstall(kb: Kb, pack: Pack): Promise<ImportPreview> {
  return kb.read(async (tx) => {
    const stored = await readAll(tx);
    const { records, kept } = await splitEdited(tx, pack, stored);
    const preview = previewRecords(pack.title, records, [], stored, kept);
    if (!preview.ok) throw new Error(issueMessages(preview.issues).join('\n'));
    return { ...preview.value, removed: [] };
  });
}
