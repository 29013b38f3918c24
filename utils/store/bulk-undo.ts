import type { UndoPoint } from '@/utils/undo-point';
import { type BulkSnapshot, fingerprint, type SnapshotRecord } from './bulk-snapshot';
import { IntegrityError, type KbRecord } from './errors';
import { requireIntegrity } from './integrity-check';
import type { Kb } from './kb';
import type { WriteTx } from './layout';
import { originKey } from './origins';
import { restoreBases } from './pack-bases';

const NOTHING_CHANGED = 'Nothing was changed.';

/**
 * An undo refused: the bulk write is no longer the last one, or records it wrote changed since (or records added since
 * depend on what it would remove). The message says which, and that nothing was changed.
 */
export class UndoRefusedError extends Error {
  override readonly name = 'UndoRefusedError';
  /** Tells the popup the knowledge base moved on: the undo is gone, not to be retried. */
  readonly code = 'conflict';
}

/** How a message names a stored record: an entry by its name, a fact by its text, a stance by its id. */
function nameOf(collection: SnapshotRecord['collection'], record: KbRecord | undefined, id: string): string {
  const fields = (record ?? {}) as { name?: unknown; text?: unknown };
  const text = collection === 'entries' ? fields.name : collection === 'facts' ? fields.text : undefined;
  const kind = { entries: 'entry', facts: 'fact', stances: 'stance' }[collection];
  return `${kind} “${typeof text === 'string' ? text.slice(0, 60) : id}”`;
}

/** Refuses, naming up to three records, when any record the write touched is no longer as the write left it. */
async function requireUnchanged(tx: WriteTx, snapshot: BulkSnapshot): Promise<void> {
  const changed: string[] = [];
  for (const item of snapshot.records) {
    const current = await tx.objectStore(item.collection).get(item.id);
    if (fingerprint(current) !== item.after)
      changed.push(nameOf(item.collection, current ?? item.before ?? undefined, item.id));
  }
  if (changed.length === 0) return;
  const more = changed.length > 3 ? ` and ${changed.length - 3} more` : '';
  throw new UndoRefusedError(
    `${snapshot.label} can no longer be undone: ${changed.slice(0, 3).join(', ')}${more} changed since. ${NOTHING_CHANGED}`,
  );
}

/**
 * Puts back every record and origin as the snapshot holds them, the installed packs (keeping the reader's later
 * settings: on / off, automatic updates) and the pack bases.
 */
async function putBack(tx: WriteTx, snapshot: BulkSnapshot): Promise<void> {
  const origins = tx.objectStore('origins');
  for (const { collection, id, written, before, origin } of snapshot.records) {
    const store = tx.objectStore(collection);
    if (written) await (before ? store.put(before) : store.delete(id));
    const key = originKey(collection, id);
    await (origin ? origins.put(origin, key) : origins.delete(key));
  }
  const packs = tx.objectStore('packs');
  const now = new Map((await packs.getAll()).map((pack) => [pack.id, pack]));
  for (const id of now.keys()) if (!snapshot.packs.some((pack) => pack.id === id)) await packs.delete(id);
  for (const pack of snapshot.packs) {
    const later = now.get(pack.id);
    const row = { ...pack, enabled: later?.enabled ?? pack.enabled };
    if (later?.autoUpdate !== undefined) row.autoUpdate = later.autoUpdate;
    await packs.put(row);
  }
  await restoreBases(tx, snapshot.bases ?? []);
}

/**
 * Undoes the last bulk write, the one `id` names, in one transaction: every record, origin and installed pack it
 * changed goes back to what it was, and the undo point is used up. Refuses, changing nothing, when a later bulk write
 * replaced it, when a record it wrote changed since, or when records added since depend on one it would remove.
 */
export function undoBulk(kb: Kb, id: string): Promise<UndoPoint> {
  return kb.write(async (tx) => {
    const snapshot = await tx.objectStore('undo').get('bulk');
    if (!snapshot || snapshot.id !== id)
      throw new UndoRefusedError(
        `That bulk change can no longer be undone: only the latest one can, once. ${NOTHING_CHANGED}`,
      );
    await requireUnchanged(tx, snapshot);
    await putBack(tx, snapshot);
    const ids = (collection: SnapshotRecord['collection']) =>
      snapshot.records
        .filter((item) => item.collection === collection && item.written)
        .map((item) => item.id);
    try {
      await requireIntegrity(tx, { entries: ids('entries'), facts: ids('facts'), stances: ids('stances') });
    } catch (error) {
      if (!(error instanceof IntegrityError)) throw error;
      const why = error.message.split('\n').slice(1).join('; ');
      throw new UndoRefusedError(
        `${snapshot.label} can no longer be undone: records added since depend on it (${why}). ${NOTHING_CHANGED}`,
      );
    }
    await tx.objectStore('undo').delete('bulk');
    return { id: snapshot.id, label: snapshot.label };
  });
}
