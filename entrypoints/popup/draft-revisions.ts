import { positionLabel } from '@/utils/i18n/labels';
import { t } from '@/utils/i18n/t';
import type { Fact, Stance } from '@/utils/model';
import type { EntryDraft, LoadedRevs } from '@/utils/store/save-draft';

/** The related records an editor session started from. */
type Related = { facts: readonly Fact[]; stances: readonly Stance[] };

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
 * The ids and revisions of the facts and stances a save starts from: the store removes only these when the draft
 * leaves them out, and calls anything else related a conflict. An overwrite passes the stored ones, so the reader's
 * draft wins over records added elsewhere too.
 */
export function loadedRevs({ facts, stances }: Related): LoadedRevs {
  return {
    facts: facts.map(({ id, rev }) => ({ id, rev })),
    stances: stances.map(({ id, rev }) => ({ id, rev })),
  };
}

const SNIPPET = 60;
const factName = (fact: Fact) =>
  t('quote', fact.text.length > SNIPPET ? `${fact.text.slice(0, SNIPPET)}…` : fact.text);

/** How one list of related records moved between what the editor loaded and what is stored. */
function moves<T extends Fact | Stance>(
  what: 'fact' | 'stance',
  loaded: readonly T[],
  stored: readonly T[],
  name: (r: T) => string,
) {
  const before = new Map(loaded.map((record) => [record.id, record.rev]));
  const now = new Set(stored.map((record) => record.id));
  return [
    ...stored.flatMap((record) => {
      const rev = before.get(record.id);
      if (rev === undefined) return [t(`conflict_${what}_added`, name(record))];
      return rev === record.rev ? [] : [t(`conflict_${what}_changed`, name(record))];
    }),
    ...loaded
      .filter((record) => !now.has(record.id))
      .map((record) => t(`conflict_${what}_removed`, name(record))),
  ];
}

/**
 * What changed elsewhere since the editor opened the entry, in the reader's words, so the conflict alert says which
 * record moved: the entry itself, or a fact or stance added, changed or removed by someone else.
 */
export function conflictLines(
  loaded: Related & { entry: { rev: number } | null },
  stored: EntryDraft,
  nameOf: (entryId: string) => string,
): string[] {
  const lines = [
    ...(loaded.entry?.rev === stored.entry.rev ? [] : [t('conflict_entry_rev', stored.entry.rev)]),
    ...moves('fact', loaded.facts, stored.facts, factName),
    ...moves('stance', loaded.stances, stored.stances, (stance) =>
      [nameOf(stance.actorId), positionLabel(stance.position).toLowerCase(), nameOf(stance.proposalId)].join(
        ' ',
      ),
    ),
  ];
  return lines.length > 0 ? lines : [t('conflict_entry')];
}
