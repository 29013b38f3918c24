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

/**
 * The draft as the request schema accepts it: the editor marks records it has not saved yet with revision 0, the
 * schema wants revisions from 1, and the store stamps created records afresh, so unsaved ones travel as 1.
 */
export function stampUnsaved(draft: EntryDraft): EntryDraft {
  const atLeastOne = <T extends { rev: number }>(record: T): T =>
    record.rev >= 1 ? record : { ...record, rev: 1 };
  return {
    entry: atLeastOne(draft.entry),
    facts: draft.facts.map(atLeastOne),
    stances: draft.stances.map(atLeastOne),
  };
}
