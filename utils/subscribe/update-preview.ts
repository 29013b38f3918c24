import type { Collection, PlannedRecord } from '@/utils/import-plan';
import type { Pack, PackRecords } from '@/utils/pack';
import { type FieldChange, recordChanges } from '@/utils/record-changes';
import type { KbRecord } from '@/utils/store/errors';
import { undoFits } from '@/utils/undo-point';
import { resolve } from './merge-resolve';
import { asImportPlan, mergeProblems } from './merge-result';
import type { KeptReason, MergeConflict, MergePlan } from './three-way';

/** One record as a pack update's preview lists it: where it is, and its name (an entry's, a fact's text). */
export interface UpdateItem {
  collection: Collection;
  id: string;
  name: string;
}

/** A record the update changes, with what changes in the reader's copy. */
export interface UpdateChange extends UpdateItem {
  changes: FieldChange[];
}

/** A record the update leaves as the reader has it, and why. */
export interface UpdateKept extends UpdateItem {
  reason: KeptReason;
}

/** A conflict with both copies (and the base) for the side-by-side choice, and what taking the pack's changes. */
export type UpdateConflict = UpdateItem & MergeConflict & { changes: FieldChange[] };

/**
 * What updating (or first installing) a pack would do, computed before anything is written: every record it creates,
 * updates, removes, keeps and asks about, the counts, the integrity problems that would refuse it with every conflict
 * left as the reader's, and whether it can be undone.
 */
export interface PackUpdatePreview {
  packId: string;
  title: string;
  /** The new version as the Packs view shows it (its export date). */
  version: string;
  creates: UpdateItem[];
  updates: UpdateChange[];
  removes: UpdateItem[];
  kept: UpdateKept[];
  conflicts: UpdateConflict[];
  counts: Record<'creates' | 'updates' | 'unchanged' | 'removes' | 'kept' | 'conflicts', number>;
  problems: string[];
  undoable: boolean;
}

/** A record's name for a list: an entry's name, a fact's text, a stance's position, clipped; else its id. */
export function itemOf(collection: Collection, record: KbRecord): UpdateItem {
  const fields = record as unknown as Record<string, unknown>;
  const name = [fields.name, fields.text, fields.position].find((x) => typeof x === 'string') as
    | string
    | undefined;
  return { collection, id: record.id, name: (name ?? record.id).slice(0, 120) };
}

/** The preview of a merge plan of pack `packId` to `theirs` over the `stored` records. */
export function previewOfMerge(
  packId: string,
  theirs: Pack,
  plan: MergePlan,
  stored: PackRecords,
): PackUpdatePreview {
  const mine = new Map(
    (['entries', 'facts', 'stances'] as const).flatMap((c) =>
      stored[c].map((r) => [`${c}/${r.id}`, r as KbRecord]),
    ),
  );
  const changed = ({ collection, record }: PlannedRecord): UpdateChange => ({
    ...itemOf(collection, record),
    changes: recordChanges(mine.get(`${collection}/${record.id}`) ?? {}, record),
  });
  const asMine = resolve(plan, {});
  return {
    packId,
    title: theirs.title,
    version: theirs.exportedAt.slice(0, 10),
    creates: plan.creates.map(({ collection, record }) => itemOf(collection, record)),
    updates: plan.updates.map(changed),
    removes: plan.removes.map(({ collection, record }) => itemOf(collection, record)),
    kept: plan.kept.map(({ collection, mine: own, theirs: their, reason }) => ({
      ...itemOf(collection, (own ?? their)!),
      reason,
    })),
    conflicts: plan.conflicts.map((conflict) => ({
      ...itemOf(conflict.collection, conflict.mine ?? conflict.theirs),
      ...conflict,
      changes: recordChanges(conflict.mine ?? {}, conflict.theirs),
    })),
    counts: {
      creates: plan.creates.length,
      updates: plan.updates.length,
      unchanged: plan.unchanged.length,
      removes: plan.removes.length,
      kept: plan.kept.length,
      conflicts: plan.conflicts.length,
    },
    problems: mergeProblems(stored, asMine),
    undoable: undoFits(asImportPlan(asMine), stored),
  };
}
