import { COLLECTIONS, type Collection, type PlannedRecord } from '@/utils/import-plan';
import type { PackRecords } from '@/utils/pack';
import { sameContent } from '@/utils/store/equal';
import type { KbRecord } from '@/utils/store/errors';

/**
 * Why an update leaves a record as the reader has it: edited here, removed upstream but edited or not the pack's
 * alone here, deleted here (and unchanged upstream, or the reader chose to keep it deleted), shared with another pack.
 */
export type KeptReason = 'edited' | 'removed-upstream' | 'deleted-here' | 'shared';

/** A record an update leaves as it is: the reader's copy (null when deleted here), the pack's (null when removed). */
export interface KeptRecord {
  collection: Collection;
  id: string;
  mine: KbRecord | null;
  theirs: KbRecord | null;
  reason: KeptReason;
}

/**
 * A record both sides changed differently, or both added under one id, or the reader deleted and the pack changed:
 * the reader chooses. `index` is where the pack's copy stands in the pack.
 */
export interface MergeConflict {
  collection: Collection;
  id: string;
  index: number;
  base: KbRecord | null;
  theirs: KbRecord;
  mine: KbRecord | null;
}

/**
 * What updating a pack does, record by record. Creates, updates and unchanged hold the pack's copy (with its index in
 * the pack); removes hold the reader's copy (with its index in the stored records).
 */
export interface MergePlan {
  creates: PlannedRecord[];
  updates: PlannedRecord[];
  unchanged: PlannedRecord[];
  removes: PlannedRecord[];
  kept: KeptRecord[];
  conflicts: MergeConflict[];
}

/** Whether the store says the reader edited a record (or wrote it themselves): such a record is never followed. */
export type EditedCheck = (collection: Collection, id: string) => boolean;

/** Where one record of the pack goes, given the version last installed (`base`) and the reader's copy (`mine`). */
function place(
  plan: MergePlan,
  at: PlannedRecord,
  base: KbRecord | null,
  mine: KbRecord | null,
  edited: boolean,
) {
  const { collection, index, record: theirs } = at;
  const { id } = theirs;
  const upstreamSame = base !== null && sameContent(theirs, base);
  if (mine === null) {
    if (base === null) plan.creates.push(at);
    else if (upstreamSame) plan.kept.push({ collection, id, mine, theirs, reason: 'deleted-here' });
    else plan.conflicts.push({ collection, id, index, base, theirs, mine });
  } else if (sameContent(mine, theirs)) plan.unchanged.push(at);
  else if (base !== null && !edited && sameContent(mine, base)) plan.updates.push(at);
  else if (upstreamSame) plan.kept.push({ collection, id, mine, theirs, reason: 'edited' });
  else plan.conflicts.push({ collection, id, index, base, theirs, mine });
}

/**
 * Plans a pack update as a three-way merge of the version last installed (`base`, null when none is known), the new
 * one (`theirs`) and the stored records (`mine`, all of them): records the reader did not touch follow the pack;
 * records edited here stay as they are (listed as kept) when the pack did not change them, and are conflicts when it
 * did; a record both sides added differently is a conflict; a record removed upstream goes only if untouched here,
 * else it is kept and listed. A record the reader deleted stays deleted while the pack leaves it as it was, and is a
 * conflict (defaulting to staying deleted) when the pack changed it, so the reader sees the change and decides.
 * Equality ignores revisions and times. Stored records neither version names are not the pack's business.
 */
export function threeWayMerge(
  base: PackRecords | null,
  theirs: PackRecords,
  mine: PackRecords,
  edited: EditedCheck,
): MergePlan {
  const plan: MergePlan = { creates: [], updates: [], unchanged: [], removes: [], kept: [], conflicts: [] };
  for (const collection of COLLECTIONS) {
    const before = new Map<string, KbRecord>((base?.[collection] ?? []).map((record) => [record.id, record]));
    const stored = new Map<string, { record: KbRecord; index: number }>(
      mine[collection].map((record, index) => [record.id, { record, index }]),
    );
    const named = new Set<string>();
    for (const [index, record] of (theirs[collection] as KbRecord[]).entries()) {
      named.add(record.id);
      const own = stored.get(record.id)?.record ?? null;
      place(
        plan,
        { collection, index, record },
        before.get(record.id) ?? null,
        own,
        edited(collection, record.id),
      );
    }
    for (const [id, was] of before) {
      const here = stored.get(id);
      if (named.has(id) || !here) continue;
      if (!edited(collection, id) && sameContent(here.record, was))
        plan.removes.push({ collection, ...here });
      else plan.kept.push({ collection, id, mine: here.record, theirs: null, reason: 'removed-upstream' });
    }
  }
  return plan;
}
