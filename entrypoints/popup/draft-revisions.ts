import type { EntryDraft } from '@/utils/store/save-draft';

/**
 * The reader's draft re-based on the stored revisions of the same records, so "Overwrite with mine" passes every
 * revision check (the entry's, and those of facts or stances changed elsewhere) and the reader's version wins.
 */
export function rebaseDraft(draft: EntryDraft, stored: EntryDraft): EntryDraft {
  const factRevs = new Map(stored.facts.map((fact) => [fact.id, fact.rev]));
  const stanceRevs = new Map(stored.stances.map((stance) => [stance.id, stance.rev]));
  return {
    entry: { ...draft.entry, rev: stored.entry.rev },
    facts: draft.facts.map((fact) => ({ ...fact, rev: factRevs.get(fact.id) ?? fact.rev })),
    stances: draft.stances.map((stance) => ({ ...stance, rev: stanceRevs.get(stance.id) ?? stance.rev })),
  };
}
