import { COLLECTIONS, type ImportPlan } from '@/utils/import-plan';
import { violationLines, violationsIn } from '@/utils/kb-integrity';
import type { PackRecords } from '@/utils/pack';
import type { KbRecord } from '@/utils/store/errors';
import type { MergePlan } from './three-way';

/** The knowledge base a merge plan leaves: the stored records less its removals, with its creates and updates. */
export function mergedRecords(stored: PackRecords, plan: MergePlan): PackRecords {
  const result: PackRecords = { entries: [], facts: [], stances: [] };
  for (const collection of COLLECTIONS) {
    const byId = new Map<string, KbRecord>(stored[collection].map((record) => [record.id, record]));
    for (const { collection: from, record } of plan.removes) if (from === collection) byId.delete(record.id);
    for (const { collection: from, record } of [...plan.creates, ...plan.updates])
      if (from === collection) byId.set(record.id, record);
    (result[collection] as KbRecord[]) = [...byId.values()];
  }
  return result;
}

/**
 * What the knowledge base a merge plan leaves would break, one line per problem, with the rules an import is checked
 * by (a stance whose ends are gone, a fact about no entry, a dangling affiliation): an update with any is refused.
 */
export function mergeProblems(stored: PackRecords, plan: MergePlan): string[] {
  return violationsIn(mergedRecords(stored, plan)).flatMap(violationLines);
}

/**
 * A resolved merge plan in the shape bulk writes snapshot and write (./pack-write.ts): its creates, updates, unchanged
 * records (which count as the pack's) and removals; its kept records are not written at all.
 */
export function asImportPlan(plan: MergePlan): ImportPlan {
  return {
    creates: plan.creates,
    updates: plan.updates.map((update) => ({ ...update, conflicting: false })),
    unchanged: plan.unchanged,
    invalid: [],
    removes: plan.removes.map(({ collection, record }) => ({ collection, id: record.id })),
    broken: [],
  };
}
