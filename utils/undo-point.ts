import type { ImportPlan } from './import-plan';
import type { ImportSummary, PackRecords } from './pack';

/**
 * The most records one bulk write may touch and still be undoable: the snapshot of what it changed is kept in the
 * store until the next bulk write, so it must stay small next to the knowledge base itself.
 */
export const UNDO_MAX_RECORDS = 20_000;
/** The most characters (as JSON) of the records a bulk write changes or removes that its undo snapshot may keep. */
export const UNDO_MAX_CHARS = 5_000_000;

/** The one bulk write that can be undone: the popup's undo bar names it and sends its id back. */
export interface UndoPoint {
  id: string;
  /** What the write was, in words: "Import of “Pack”", "Re-install of the starter pack". */
  label: string;
}

/** What a bulk write did: its counts, the records it kept because the reader edited them, and its undo point. */
export interface BulkSummary extends ImportSummary {
  kept: number;
  /** Null when the write was too large to keep a snapshot of: it cannot be undone. */
  undo: UndoPoint | null;
}

/**
 * Whether undoing `plan` fits the snapshot bounds: every record it creates, updates, marks or removes counts
 * towards {@link UNDO_MAX_RECORDS}, and the stored copies it replaces or removes towards {@link UNDO_MAX_CHARS}.
 */
export function undoFits(plan: ImportPlan, stored: PackRecords): boolean {
  const touched = plan.creates.length + plan.updates.length + plan.unchanged.length + plan.removes.length;
  if (touched > UNDO_MAX_RECORDS) return false;
  const changed = new Set([
    ...plan.updates.map(({ collection, record }) => `${collection}/${record.id}`),
    ...plan.removes.map(({ collection, id }) => `${collection}/${id}`),
  ]);
  if (changed.size === 0) return true;
  let chars = 0;
  for (const collection of ['entries', 'facts', 'stances'] as const) {
    for (const record of stored[collection]) {
      if (!changed.has(`${collection}/${record.id}`)) continue;
      chars += JSON.stringify(record).length;
      if (chars > UNDO_MAX_CHARS) return false;
    }
  }
  return true;
}
