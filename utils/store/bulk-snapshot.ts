import type { Collection, ImportPlan } from '@/utils/import-plan';
import type { InstalledPack, Origin } from '@/utils/installed-pack';
import type { PackRecords } from '@/utils/pack';
import { undoFits } from '@/utils/undo-point';
import type { KbRecord } from './errors';
import type { WriteTx } from './layout';
import { originKey } from './origins';
import type { BaseBefore } from './pack-bases';

/** One record a bulk write touched, as it was before, and how to tell whether it changed since the write. */
export interface SnapshotRecord {
  collection: Collection;
  id: string;
  /** Whether the write put or deleted the record itself; false when only its origin changed. */
  written: boolean;
  /** The record before the write, or null where there was none (or where it was not written). */
  before: KbRecord | null;
  /** Its origin before the write, or null where none was stored. */
  origin: Origin | null;
  /** {@link fingerprint} of the record the write left, or null where it left none. */
  after: string | null;
}

/**
 * What undoing the last bulk write needs, kept in the `undo` store until the next bulk write replaces it: every
 * record and origin it touched as they were, the installed packs as they were, and the pack bases it replaced (absent
 * in snapshots taken before bases were kept).
 */
export interface BulkSnapshot {
  id: string;
  label: string;
  at: number;
  records: SnapshotRecord[];
  packs: InstalledPack[];
  bases?: BaseBefore[];
}

/**
 * A record's revision and last change time: every later change of a record (an editor's save, a delete's detaching)
 * bumps both, so a different fingerprint means the record changed after the bulk write.
 */
export function fingerprint(record: KbRecord | undefined | null): string | null {
  return record ? `${record.rev}:${record.updatedAt}` : null;
}

/**
 * Reads, before `plan` is written, what undoing it will need: the records it replaces or removes, every touched
 * record's origin, and the installed packs. Returns null, keeping nothing, when the plan is past the undo bounds
 * (utils/undo-point.ts).
 */
export async function snapshotBefore(
  tx: WriteTx,
  plan: ImportPlan,
  stored: PackRecords,
  id: string,
  label: string,
  at: number,
): Promise<BulkSnapshot | null> {
  if (!undoFits(plan, stored)) return null;
  const byKey = new Map<string, KbRecord>();
  for (const collection of ['entries', 'facts', 'stances'] as const)
    for (const record of stored[collection]) byKey.set(originKey(collection, record.id), record);
  const touched = [
    ...plan.creates.map(({ collection, record }) => ({
      collection,
      id: record.id,
      written: true,
      after: record,
    })),
    ...plan.updates.map(({ collection, record }) => ({
      collection,
      id: record.id,
      written: true,
      after: record,
    })),
    ...plan.unchanged.map(({ collection, record }) => ({
      collection,
      id: record.id,
      written: false,
      after: record,
    })),
    ...plan.removes.map(({ collection, id: removed }) => ({
      collection,
      id: removed,
      written: true,
      after: null,
    })),
  ];
  const origins = tx.objectStore('origins');
  const before = await Promise.all(touched.map((each) => origins.get(originKey(each.collection, each.id))));
  const records = touched.map(({ collection, id: recordId, written, after }, i) => ({
    collection,
    id: recordId,
    written,
    before: written ? (byKey.get(originKey(collection, recordId)) ?? null) : null,
    origin: before[i] ?? null,
    after: fingerprint(after),
  }));
  return { id, label, at, records, packs: await tx.objectStore('packs').getAll() };
}

/** Keeps `snapshot` as the one undo point, or, for a write past the bounds (null), forgets the previous one. */
export async function keepUndoPoint(tx: WriteTx, snapshot: BulkSnapshot | null): Promise<void> {
  const store = tx.objectStore('undo');
  await (snapshot ? store.put(snapshot, 'bulk') : store.delete('bulk'));
}
