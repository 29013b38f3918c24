import type { Pack, PackRecords } from '@/utils/pack';
import type { BulkSnapshot } from './bulk-snapshot';
import type { AnyTx, WriteTx } from './layout';

/**
 * The version of a pack last installed, kept in `pack-bases` under the pack's id: the base an update of it is merged
 * against (utils/subscribe/three-way.ts), so records the reader did not touch can be told from their edits.
 */
export interface PackBase {
  id: string;
  /** The installed pack's version as the Packs view shows it (the export date, YYYY-MM-DD). */
  version: string;
  /** The pack's own ISO 8601 export time. */
  exportedAt: string;
  records: PackRecords;
}

/** A pack's base as an undo point keeps it: what the bulk write replaced (null where there was none). */
export interface BaseBefore {
  id: string;
  before: PackBase | null;
}

/** The base recorded for `pack` installed under `id`: its records as the pack has them. */
export function baseOf(id: string, pack: Pack): PackBase {
  const { entries, facts, stances } = pack;
  return {
    id,
    version: pack.exportedAt.slice(0, 10),
    exportedAt: pack.exportedAt,
    records: { entries, facts, stances },
  };
}

/** The base of an installed pack, or null when none was recorded (installed before bases were kept, or a file). */
export async function readBase(tx: AnyTx, id: string): Promise<PackBase | null> {
  return (await tx.objectStore('pack-bases').get(id)) ?? null;
}

/**
 * Inside a bulk write: replaces pack `id`'s base with `next` (null deletes it), and returns the snapshot with the
 * base it replaced, so undoing the write puts that back too. A write past the undo bounds (null snapshot) keeps none.
 */
export async function replaceBase(
  tx: WriteTx,
  snapshot: BulkSnapshot | null,
  id: string,
  next: PackBase | null,
): Promise<BulkSnapshot | null> {
  const before = await readBase(tx, id);
  const store = tx.objectStore('pack-bases');
  await (next ? store.put(next) : store.delete(id));
  return snapshot && { ...snapshot, bases: [...(snapshot.bases ?? []), { id, before }] };
}

/** Puts back the bases an undone bulk write replaced, in the undo's transaction. */
export async function restoreBases(tx: WriteTx, bases: readonly BaseBefore[]): Promise<void> {
  const store = tx.objectStore('pack-bases');
  for (const { id, before } of bases) await (before ? store.put(before) : store.delete(id));
}
