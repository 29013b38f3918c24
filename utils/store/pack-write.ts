import { type ImportPlan, planImport } from '@/utils/import-plan';
import { violationLines } from '@/utils/kb-integrity';
import type { ImportMode, ImportSummary, Pack, PackRecords } from '@/utils/pack';
import { issueLine } from '@/utils/schema/issues';
import type { BulkSummary } from '@/utils/undo-point';
import { keepUndoPoint, snapshotBefore } from './bulk-snapshot';
import { IntegrityError } from './errors';
import type { WriteTx } from './layout';
import { recordPackOrigins } from './origins';
import { baseOf, replaceBase } from './pack-bases';
import { readAll } from './read-all';

/**
 * Plans writing a pack's records over the stored ones, as the preview plans it: merge creates and updates by id;
 * replace also removes the stored records the pack lacks. Throws IntegrityError when the resulting knowledge base
 * would break a cross-record rule (the plan checks it whole), so nothing is written.
 */
export function checkedPlan(pack: PackRecords, stored: PackRecords, mode: ImportMode): ImportPlan {
  const plan = planImport(pack, stored, mode);
  const problems = [
    ...plan.invalid.flatMap((record) => record.issues.map(issueLine)),
    ...plan.broken.flatMap(violationLines),
  ];
  if (problems.length > 0) throw new IntegrityError(problems);
  return plan;
}

/**
 * Writes a checked plan inside the caller's transaction, keeping each record's own revision and times, and records
 * that the records written come from pack `packId`. Returns the plan's counts; pack updates write theirs with it.
 */
export async function applyPlan(tx: WriteTx, plan: ImportPlan, packId: string): Promise<ImportSummary> {
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

/** What a bulk write is given: the records to write and how, the pack they come from, and what undo calls it. */
export interface BulkWrite {
  records: PackRecords;
  mode: ImportMode;
  /** Installs the pack inside the transaction and returns its id; runs after the snapshot, so undo covers it. */
  install: () => Promise<string>;
  label: string;
  /** Records of the pack left as they are because the reader edited them: counted in the summary. */
  kept: number;
  /** The pack whose records become the installed pack's base, which later updates of it are merged against. */
  base?: Pack;
}

/**
 * A bulk write, inside the caller's transaction: plans and checks it, keeps a snapshot of everything it will change
 * (when within the undo bounds), writes it, and makes that snapshot the one undo point, replacing the last one; a
 * write past the bounds leaves no undo point at all.
 */
export async function writeBulk(tx: WriteTx, write: BulkWrite): Promise<BulkSummary> {
  const stored = await readAll(tx);
  const plan = checkedPlan(write.records, stored, write.mode);
  const snapshot = await snapshotBefore(tx, plan, stored, crypto.randomUUID(), write.label, Date.now());
  const packId = await write.install();
  const summary = await applyPlan(tx, plan, packId);
  const kept = write.base ? await replaceBase(tx, snapshot, packId, baseOf(packId, write.base)) : snapshot;
  await keepUndoPoint(tx, kept);
  return { ...summary, kept: write.kept, undo: kept && { id: kept.id, label: kept.label } };
}
