import type { Fact, Source } from '@/utils/model';
import type { DossierSource, EntryRef } from './dossier-source';
import { entryRefs } from './dossier-source';
import { sortLatestFirst } from './partial-date';
import { type StanceStep, stanceHistories } from './stance-history';

/** A dated fact on the timeline, with the entries it concerns that still exist. */
export interface FactItem {
  type: 'fact';
  id: string;
  date: string;
  text: string;
  entries: EntryRef[];
  source: Source;
  /** Ids of the packs the fact came from; none: the reader's own. */
  packs: readonly string[];
  updatedAt: number;
}

/** A dated stance on the timeline: an actor's position on a proposal, and the one it followed. */
export interface StanceItem extends Omit<StanceStep, 'date'> {
  type: 'stance';
  date: string;
  actor: EntryRef;
  proposal: EntryRef;
}

/** The packs of the reader's own records: none, shared by every such item. */
const OWN: readonly string[] = [];

/** One row of the dossier's timeline. */
export type TimelineItem = FactItem | StanceItem;

function factItem(fact: Fact, refs: ReadonlyMap<string, EntryRef>, source: DossierSource): FactItem {
  const entries: EntryRef[] = [];
  for (const id of fact.entryIds) {
    const ref = refs.get(id);
    if (ref) entries.push(ref);
  }
  const packs = source.packsOf.get(`facts/${fact.id}`) ?? OWN;
  const { id, date, text, updatedAt } = fact;
  return { type: 'fact', id, date, text, entries, source: fact.source, packs, updatedAt };
}

/**
 * Every fact and every dated stance, latest first: the dossier's timeline before filters. An undated stance has no
 * place in time, so it is left to the matrix and the entry page; a stance whose actor or proposal is gone is left
 * out; a fact keeps only the entries that still exist.
 */
export function buildTimeline(source: DossierSource): TimelineItem[] {
  const refs = entryRefs(source.entries);
  const items: TimelineItem[] = source.facts.map((fact) => factItem(fact, refs, source));
  for (const { actor, proposal, steps } of stanceHistories(source.stances, refs, source.packsOf).values()) {
    for (const step of steps) {
      if (step.date !== null) items.push({ ...step, date: step.date, type: 'stance', actor, proposal });
    }
  }
  return sortLatestFirst(items);
}

/** The entries a timeline item concerns: a fact's, or a stance's actor and proposal. */
export function itemEntries(item: TimelineItem): EntryRef[] {
  return item.type === 'fact' ? item.entries : [item.actor, item.proposal];
}
