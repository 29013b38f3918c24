import {
  COLLECTIONS,
  type ImportPlan,
  type InvalidRecord,
  type PlannedRecord,
  planImport,
  recordOf,
} from './import-plan';
import { violationLines } from './kb-integrity';
import type { Checked, ImportMode, PackRecords } from './pack';
import { type FieldChange, recordChanges } from './record-changes';
import { type Issue, issueLine } from './schema/issues';
import { undoFits } from './undo-point';

/**
 * What importing would do to one record. `breaks` is a stored record a merge would leave inconsistent: it blocks a
 * merge but not a replace, which removes or replaces it. `kept` is a record a re-install leaves as the reader edited
 * it; `removed` a stored record a replace removes.
 */
export type ImportStatus =
  | 'new'
  | 'updated'
  | 'unchanged'
  | 'conflicting'
  | 'invalid'
  | 'breaks'
  | 'kept'
  | 'removed';

/** One record of a pack as the import preview shows it. */
export interface ImportPreviewItem {
  id: string;
  name: string;
  type: 'entry' | 'fact' | 'stance';
  status: ImportStatus;
  /** Why the record is invalid or conflicting, in words the reader can act on. */
  reason?: string;
  /** For an updated or conflicting record: what the import changes in the stored one. */
  changes?: FieldChange[];
}

/** A dry run of an import, computed before anything is written so the reader can confirm or cancel. */
export interface ImportPreview {
  title: string;
  items: ImportPreviewItem[];
  /** The stored records a replace would remove (status `removed`): shown, and confirmed, before a replace. */
  removed: ImportPreviewItem[];
  /** Whether the write in each mode stays within the undo bounds (utils/undo-point.ts), so it can be undone. */
  undoable: Record<ImportMode, boolean>;
}

const TYPES = { entries: 'entry', facts: 'fact', stances: 'stance' } as const;
const CONFLICT = 'Changed here after this pack was made: importing replaces it';
const KEPT = 'Edited here: kept as you left it';

/** The row for one planned record, read defensively: an invalid record may have no id or name at all. */
function item(
  { collection, index, record }: PlannedRecord | InvalidRecord,
  status: ImportStatus,
  reason?: string,
): ImportPreviewItem {
  const fields = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
  const id = typeof fields.id === 'string' ? fields.id.slice(0, 80) : `#${index + 1}`;
  const name = [fields.name, fields.text, fields.position].find((x) => typeof x === 'string') as
    | string
    | undefined;
  const row = { id, name: (name ?? id).slice(0, 120), type: TYPES[collection], status };
  return reason === undefined ? row : { ...row, reason };
}

/** The plan as the rows the popup groups by status; an invalid record shows its first problem, an update its changes. */
function itemsOf(plan: ImportPlan, stored: PackRecords): ImportPreviewItem[] {
  const storedById = new Map(
    COLLECTIONS.flatMap((key) => stored[key].map((record) => [`${key}:${record.id}`, record])),
  );
  const withChanges = (row: ImportPreviewItem, update: PlannedRecord): ImportPreviewItem => {
    const before = storedById.get(`${update.collection}:${update.record.id}`);
    return before ? { ...row, changes: recordChanges(before, update.record) } : row;
  };
  return [
    ...plan.invalid.map((invalid) => item(invalid, 'invalid', issueLine(invalid.issues[0]!))),
    ...plan.creates.map((create) => item(create, 'new')),
    ...plan.updates.map((update) =>
      withChanges(
        update.conflicting ? item(update, 'conflicting', CONFLICT) : item(update, 'updated'),
        update,
      ),
    ),
    ...plan.unchanged.map((same) => item(same, 'unchanged')),
    ...plan.broken.map((broken) => ({
      id: broken.id,
      name: broken.id,
      type: TYPES[broken.collection],
      status: 'breaks' as const,
      reason: `Stored here, and a merge would break it: ${violationLines(broken).join('; ')}`,
    })),
  ];
}

/** The stored records a replace would remove: those no record of the pack keeps by id (a valid pack's replace). */
function removalsOf(records: PackRecords, stored: PackRecords): PlannedRecord[] {
  return COLLECTIONS.flatMap((collection) => {
    const kept = new Set(records[collection].map((record) => record.id));
    return stored[collection]
      .filter((record) => !kept.has(record.id))
      .map((record, index) => ({ collection, index, record }));
  });
}

/**
 * Says what importing records would do, record by record, against what is stored: new, updated, unchanged,
 * conflicting (changed here after the pack's copy), invalid with its reason, or `kept` (a re-install's records the
 * reader edited, left out of `records`), planned exactly as the import plans it; and what a replace would remove,
 * and whether each mode can be undone. `records` are the checked ones when `issues` is empty, else the pack's own
 * with every problem found in them; a problem that is about no record (a list itself) makes the whole preview an
 * error instead.
 */
export function previewRecords(
  title: string,
  records: PackRecords,
  issues: readonly Issue[],
  stored: PackRecords,
  kept: readonly PlannedRecord[] = [],
): Checked<ImportPreview> {
  if (issues.some((issue) => recordOf(issue) === null)) return { ok: false, issues: [...issues] };
  const plan = planImport(records, stored, 'merge', issues);
  const removes = removalsOf(records, stored);
  const removed = removes.map((record) => item(record, 'removed'));
  const items = [...itemsOf(plan, stored), ...kept.map((record) => item(record, 'kept', KEPT))];
  const undoable = {
    merge: undoFits(plan, stored),
    replace: undoFits(
      { ...plan, removes: removes.map(({ collection, record }) => ({ collection, id: record.id })) },
      stored,
    ),
  };
  return { ok: true, value: { title, items, removed, undoable } };
}
