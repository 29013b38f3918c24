import type { Position, Source, Stance } from '@/utils/model';
import type { EntryRef } from './dossier-source';
import { latestFirst } from './partial-date';

/** One stance as the dossier shows it, with the position it followed: what a timeline row and a matrix cell show. */
export interface StanceStep {
  id: string;
  position: Position;
  date: string | null;
  note: string;
  source: Source;
  /** Ids of the packs the stance came from; none: the reader's own. */
  packs: readonly string[];
  updatedAt: number;
  /** The same actor's position on the same proposal just before this one, or null for the first known. */
  previous: Position | null;
}

/** Every stance of one actor on one proposal, latest first (undated ones last, as their time is unknown). */
export interface StanceHistory {
  actor: EntryRef;
  proposal: EntryRef;
  steps: StanceStep[];
}

/** The key of an actor–proposal pair. */
export function pairKey(actorId: string, proposalId: string): string {
  return `${actorId}\u0000${proposalId}`;
}

/**
 * Groups stances by actor and proposal, latest first, each step knowing the position before it, so a change of mind
 * shows as such. A stance whose actor or proposal is not among `refs` is left out, as popover cards leave it out.
 */
export function stanceHistories(
  stances: readonly Stance[],
  refs: ReadonlyMap<string, EntryRef>,
  packsOf: ReadonlyMap<string, readonly string[]>,
): Map<string, StanceHistory> {
  const histories = new Map<string, StanceHistory>();
  for (const stance of stances) {
    const actor = refs.get(stance.actorId);
    const proposal = refs.get(stance.proposalId);
    if (!actor || !proposal) continue;
    const key = pairKey(actor.id, proposal.id);
    let history = histories.get(key);
    if (!history) {
      history = { actor, proposal, steps: [] };
      histories.set(key, history);
    }
    const { id, position, date, note, source, updatedAt } = stance;
    const packs = packsOf.get(`stances/${id}`) ?? [];
    history.steps.push({ id, position, date, note, source, packs, updatedAt, previous: null });
  }
  for (const { steps } of histories.values()) {
    steps.sort(latestFirst);
    steps.forEach((step, at) => {
      step.previous = steps[at + 1]?.position ?? null;
    });
  }
  return histories;
}
