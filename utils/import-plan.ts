import { resultViolations } from './import-result';
import type { Violation } from './kb-integrity';
import type { ImportMode, PackRecords } from './pack';
import type { Issue } from './schema/issues';
import { sameRecord } from './store/equal';
import type { KbRecord } from './store/errors';

/** A pack's record lists, in the order they are planned, written and shown. */
export const COLLECTIONS = ['entries', 'facts', 'stances'] as const;
/** One of a pack's record lists. */
export type Collection = (typeof COLLECTIONS)[number];

/** A record of the pack, with where it stands in it. */
export interface PlannedRecord {
  collection: Collection;
  index: number;
  record: KbRecord;
}

/** A pack record that replaces a different stored one; conflicting when the stored copy was edited after the pack's. */
export interface PlannedUpdate extends PlannedRecord {
  conflicting: boolean;
}

/** A pack record validation refused, with every problem found in it. */
export interface InvalidRecord {
  collection: Collection;
  index: number;
  record: unknown;
  issues: Issue[];
}

/** A stored record a replace removes because the pack lacks its id. */
export interface PlannedRemoval {
  collection: Collection;
  id: string;
}

/** What importing a pack does, record by record: the one answer the preview shows and the import writes. */
export interface ImportPlan {
  creates: PlannedRecord[];
  updates: PlannedUpdate[];
  unchanged: PlannedRecord[];
  invalid: InvalidRecord[];
  removes: PlannedRemoval[];
  /** Stored records the import keeps but would leave inconsistent: the import is refused while there are any. */
  broken: Violation[];
}

/** The record an issue is about, or null when it concerns the file as a whole (envelope, title, a list itself). */
export function recordOf({ path }: Issue): { collection: Collection; index: number } | null {
  const [collection, index] = path;
  const known = (COLLECTIONS as readonly unknown[]).includes(collection);
  return known && typeof index === 'number' ? { collection: collection as Collection, index } : null;
}

/** Where a record stands, as one string: the key problems are grouped under. */
const placeOf = (collection: Collection, index: number) => `${collection}[${index}]`;

/** Every issue grouped under the record it is about; issues about the file as a whole are left out. */
function issuesByRecord(issues: readonly Issue[]): Map<string, Issue[]> {
  const byRecord = new Map<string, Issue[]>();
  for (const issue of issues) {
    const at = recordOf(issue);
    if (!at) continue;
    const place = placeOf(at.collection, at.index);
    byRecord.set(place, [...(byRecord.get(place) ?? []), issue]);
  }
  return byRecord;
}

/**
 * Plans importing `pack` over the `current` records. A record an issue points at is invalid, and so is one that would
 * break a cross-record rule in the resulting knowledge base; any other is created, updated or left unchanged by id. A
 * replace also removes the current records no valid pack record keeps by id; a merge may leave stored records broken.
 */
export function planImport(
  pack: PackRecords,
  current: PackRecords,
  mode: ImportMode,
  issues: readonly Issue[] = [],
): ImportPlan {
  const given = issuesByRecord(issues);
  const result = resultViolations(pack, current, mode);
  const added = result.pack.filter((issue) => {
    const at = recordOf(issue);
    return at !== null && !given.has(placeOf(at.collection, at.index));
  });
  const problems = issuesByRecord([...issues, ...added]);
  const plan: ImportPlan = {
    creates: [],
    updates: [],
    unchanged: [],
    invalid: [],
    removes: [],
    broken: result.stored,
  };
  for (const collection of COLLECTIONS) {
    const stored = new Map<string, KbRecord>(current[collection].map((record) => [record.id, record]));
    const kept = new Set<string>();
    for (const [index, record] of pack[collection].entries()) {
      const found = problems.get(placeOf(collection, index));
      if (found) {
        plan.invalid.push({ collection, index, record, issues: found });
        continue;
      }
      kept.add(record.id);
      const before = stored.get(record.id);
      if (!before) plan.creates.push({ collection, index, record });
      else if (sameRecord(before, record)) plan.unchanged.push({ collection, index, record });
      else plan.updates.push({ collection, index, record, conflicting: before.updatedAt > record.updatedAt });
    }
    if (mode === 'replace') {
      for (const id of stored.keys()) if (!kept.has(id)) plan.removes.push({ collection, id });
    }
  }
  return plan;
}
