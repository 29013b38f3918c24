import type { Collection, ImportPlan, PlannedRecord } from '@/utils/import-plan';
import type { Origin } from '@/utils/installed-pack';
import type { PackRecords } from '@/utils/pack';
import { itemOf, type UpdateItem } from '@/utils/subscribe/update-preview';
import type { BulkSummary } from '@/utils/undo-point';
import { undoFits } from '@/utils/undo-point';
import { keepUndoPoint, snapshotBefore } from './bulk-snapshot';
import type { KbRecord } from './errors';
import type { Kb } from './kb';
import type { AnyTx } from './layout';
import { originKey } from './origins';
import { replaceBase } from './pack-bases';
import { readOrigins, releaseOrigins } from './pack-release';
import { readAll } from './read-all';

/** Why a removed pack's record stays: the reader edited it, another pack brought it too, or a staying record needs it. */
export interface RemovalKept extends UpdateItem {
  reason: 'edited' | 'shared' | 'needed';
}

/** What removing a pack would do: the records that go, those that stay (released from it), and whether undo can. */
export interface PackRemovalPreview {
  packId: string;
  title: string;
  removes: UpdateItem[];
  kept: RemovalKept[];
  undoable: boolean;
}

/** The entries a record points at: what must stay while the record does. */
function pointsAt(collection: Collection, record: KbRecord): string[] {
  const fields = record as unknown as Record<string, unknown>;
  if (collection === 'entries') return fields.affiliation ? [fields.affiliation as string] : [];
  if (collection === 'facts') return fields.entryIds as string[];
  return [fields.actorId as string, fields.proposalId as string];
}

/**
 * Splits pack `packId`'s stored records: those only it brought and the reader did not edit go, unless a record that
 * stays points at them (then they stay, `needed`, until nothing staying does); the rest stay.
 */
function planRemoval(stored: PackRecords, origins: Map<string, Origin>, packId: string) {
  const removes = new Map<string, PlannedRecord>();
  const kept: { collection: Collection; record: KbRecord; reason: RemovalKept['reason'] }[] = [];
  for (const collection of ['entries', 'facts', 'stances'] as const) {
    for (const [index, record] of (stored[collection] as KbRecord[]).entries()) {
      const origin = origins.get(originKey(collection, record.id));
      if (!origin?.packs.includes(packId)) continue;
      if (origin.edited) kept.push({ collection, record, reason: 'edited' });
      else if (origin.packs.length > 1) kept.push({ collection, record, reason: 'shared' });
      else removes.set(originKey(collection, record.id), { collection, index, record });
    }
  }
  for (let moved = true; moved; ) {
    moved = false;
    for (const collection of ['entries', 'facts', 'stances'] as const) {
      for (const record of stored[collection] as KbRecord[]) {
        if (removes.has(originKey(collection, record.id))) continue;
        for (const id of pointsAt(collection, record)) {
          const needed = removes.get(originKey('entries', id));
          if (!needed) continue;
          removes.delete(originKey('entries', id));
          kept.push({ collection: 'entries', record: needed.record, reason: 'needed' });
          moved = true;
        }
      }
    }
  }
  return { removes: [...removes.values()], kept };
}

/** Reads the pack's row and plans its removal; throws for a pack that is not installed. */
async function readRemoval(tx: AnyTx, packId: string) {
  const row = await tx.objectStore('packs').get(packId);
  if (!row) throw new Error(`No installed pack "${packId}": nothing was removed.`);
  const stored = await readAll(tx);
  const plan = planRemoval(stored, await readOrigins(tx), packId);
  const writes: ImportPlan = {
    creates: [],
    updates: [],
    unchanged: [],
    invalid: [],
    broken: [],
    removes: [],
  };
  writes.removes = plan.removes.map(({ collection, record }) => ({ collection, id: record.id }));
  return { row, stored, plan, writes };
}

/** What removing pack `packId` would remove and keep, by name, and whether it can be undone. Nothing is written. */
export function previewPackRemoval(kb: Kb, packId: string): Promise<PackRemovalPreview> {
  return kb.read(async (tx) => {
    const { row, stored, plan, writes } = await readRemoval(tx, packId);
    return {
      packId,
      title: row.title,
      removes: plan.removes.map(({ collection, record }) => itemOf(collection, record)),
      kept: plan.kept.map(({ collection, record, reason }) => ({ ...itemOf(collection, record), reason })),
      undoable: undoFits(writes, stored),
    };
  });
}

/**
 * Removes pack `packId` in one transaction: the records only it brought and the reader left alone (and their
 * origins), its row and its base; the records it shared or the reader edited or needs stay, released from it. It is
 * the one undo point, like any bulk write. Throws, changing nothing, for a pack that is not installed.
 */
export function removePack(kb: Kb, packId: string, now: number): Promise<BulkSummary> {
  return kb.write(async (tx) => {
    const { row, stored, plan, writes } = await readRemoval(tx, packId);
    const label = `The removal of “${row.title}”`;
    const before = await snapshotBefore(tx, writes, stored, crypto.randomUUID(), label, now);
    for (const { collection, id } of writes.removes) {
      await tx.objectStore(collection).delete(id);
      await tx.objectStore('origins').delete(originKey(collection, id));
    }
    const released = plan.kept.map(({ collection, record }) => ({ collection, id: record.id }));
    const snapshot = await replaceBase(tx, await releaseOrigins(tx, packId, released, before), packId, null);
    await tx.objectStore('packs').delete(packId);
    await keepUndoPoint(tx, snapshot);
    const undo = snapshot && { id: snapshot.id, label };
    return {
      added: 0,
      updated: 0,
      unchanged: 0,
      removed: writes.removes.length,
      kept: plan.kept.length,
      undo,
    };
  });
}
