import { planImport } from '@/utils/import-plan';
import { violationLines } from '@/utils/kb-integrity';
import type { ImportMode, ImportSummary, PackRecords } from '@/utils/pack';
import { issueLine } from '@/utils/schema/issues';
import { IntegrityError } from './errors';
import type { WriteTx } from './layout';
import { recordPackOrigins } from './origins';
import { readAll } from './read-all';

/**
 * Writes a pack's records inside the caller's transaction, as the import plan (the one the preview shows) says,
 * keeping each record's own revision and times: merge creates and updates by id; replace also removes the stored
 * records the pack lacks. Refuses, writing nothing, when the resulting knowledge base would break a cross-record rule
 * (the plan checks it whole). Records that the records written come from pack `packId`. Returns the plan's counts.
 */
export async function writePack(
  tx: WriteTx,
  pack: PackRecords,
  mode: ImportMode,
  packId: string,
): Promise<ImportSummary> {
  const plan = planImport(pack, await readAll(tx), mode);
  const problems = [
    ...plan.invalid.flatMap((record) => record.issues.map(issueLine)),
    ...plan.broken.flatMap(violationLines),
  ];
  if (problems.length > 0) throw new IntegrityError(problems);
  for (const { collection, id } of plan.removes) await tx.objectStore(collection).delete(id);
  for (const { collection, record } of plan.creates) await tx.objectStore(collection).add(record);
  for (const { collection, record } of plan.updates) await tx.objectStore(collection).put(record);
  await recordPackOrigins(tx, plan, packId);
  return {
    added: plan.creates.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged.length,
    removed: plan.removes.length,
  };
}
