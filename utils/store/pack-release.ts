import type { Collection } from '@/utils/import-plan';
import type { Origin } from '@/utils/installed-pack';
import type { PackRecords } from '@/utils/pack';
import type { EditedCheck, MergePlan } from '@/utils/subscribe/three-way';
import { type BulkSnapshot, fingerprint } from './bulk-snapshot';
import type { KbRecord } from './errors';
import type { AnyTx, WriteTx } from './layout';
import { originKey } from './origins';

/** Every stored origin by its key, read once for a whole pack update or removal. */
export async function readOrigins(tx: AnyTx): Promise<Map<string, Origin>> {
  const store = tx.objectStore('origins');
  const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
  return new Map(keys.map((key, i) => [key, values[i]!]));
}

/** A record no pack may change silently: one the reader edited, or wrote themselves (no pack brought it). */
export function editedBy(origins: Map<string, Origin>): EditedCheck {
  return (collection, id) => {
    const origin = origins.get(originKey(collection, id));
    return !origin || origin.edited || origin.packs.length === 0;
  };
}

/**
 * The stand-in base of a pack installed before bases were kept, or imported as a file: the stored records its
 * origins say it brought and the reader did not edit, which are as the pack last wrote them.
 */
export function inferredBase(stored: PackRecords, origins: Map<string, Origin>, packId: string): PackRecords {
  const brought = (collection: Collection) => (record: KbRecord) => {
    const origin = origins.get(originKey(collection, record.id));
    return origin !== undefined && !origin.edited && origin.packs.includes(packId);
  };
  return {
    entries: stored.entries.filter(brought('entries')),
    facts: stored.facts.filter(brought('facts')),
    stances: stored.stances.filter(brought('stances')),
  };
}

/** Moves out of a plan's removals the records another pack also brought: they stay, kept as `shared`. */
export function keepShared(plan: MergePlan, origins: Map<string, Origin>, packId: string): MergePlan {
  const shared = ({ collection, record }: { collection: Collection; record: KbRecord }) =>
    (origins.get(originKey(collection, record.id))?.packs ?? []).some((id) => id !== packId);
  return {
    ...plan,
    removes: plan.removes.filter((item) => !shared(item)),
    kept: [
      ...plan.kept,
      ...plan.removes.filter(shared).map(({ collection, record }) => ({
        collection,
        id: record.id,
        mine: record,
        theirs: null,
        reason: 'shared' as const,
      })),
    ],
  };
}

/**
 * Inside a bulk write: the stored records `released` no longer come from pack `packId` (one no pack brings any more
 * becomes the reader's own), and the snapshot learns their origins before, so undo puts them back.
 */
export async function releaseOrigins(
  tx: WriteTx,
  packId: string,
  released: readonly { collection: Collection; id: string }[],
  snapshot: BulkSnapshot | null,
): Promise<BulkSnapshot | null> {
  const store = tx.objectStore('origins');
  const records = [];
  for (const { collection, id } of released) {
    const key = originKey(collection, id);
    const origin = (await store.get(key)) ?? null;
    if (!origin?.packs.includes(packId)) continue;
    const packs = origin.packs.filter((other) => other !== packId);
    await (packs.length > 0 ? store.put({ ...origin, packs }, key) : store.delete(key));
    const after = fingerprint(await tx.objectStore(collection).get(id));
    records.push({ collection, id, written: false, before: null, origin, after });
  }
  return snapshot && { ...snapshot, records: [...snapshot.records, ...records] };
}
