import type { Collection } from '@/utils/import-plan';
import type { MergePlan } from './three-way';

/** The reader's answer to one conflict: keep their copy, or take the pack's. */
export type MergeChoice = 'mine' | 'theirs';

/** The reader's answers, keyed by {@link choiceKey}; a conflict left out keeps the reader's copy. */
export type MergeChoices = Record<string, MergeChoice>;

/** The key a conflict's choice goes under: its collection and id, as ids are slugs and never hold a `/`. */
export function choiceKey(collection: Collection, id: string): string {
  return `${collection}/${id}`;
}

/**
 * Turns a merge plan's conflicts into writes by the reader's choices: 'theirs' writes the pack's copy (an update, or
 * a create where the reader had deleted it); 'mine', and every conflict without a choice, keeps the reader's copy, so
 * a local edit is never overwritten unless the reader chose it. Throws, for the caller to change nothing, when a
 * choice names no conflict of this plan (the preview it answered is stale) or is neither answer.
 */
export function resolve(plan: MergePlan, choices: MergeChoices): MergePlan {
  const open = new Set(plan.conflicts.map(({ collection, id }) => choiceKey(collection, id)));
  for (const [key, choice] of Object.entries(choices)) {
    if (!open.has(key)) throw new Error(`“${key}” is not a conflict of this update: preview it again.`);
    if (choice !== 'mine' && choice !== 'theirs')
      throw new Error(`The choice for “${key}” must be "mine" or "theirs".`);
  }
  const next: MergePlan = {
    ...plan,
    creates: [...plan.creates],
    updates: [...plan.updates],
    kept: [...plan.kept],
    conflicts: [],
  };
  for (const { collection, id, index, theirs, mine } of plan.conflicts) {
    if (choices[choiceKey(collection, id)] === 'theirs')
      (mine ? next.updates : next.creates).push({ collection, index, record: theirs });
    else next.kept.push({ collection, id, mine, theirs, reason: mine ? 'edited' : 'deleted-here' });
  }
  return next;
}
