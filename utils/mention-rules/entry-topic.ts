import type { Entry, Kind, Topic } from '@/utils/model';

/** Kinds named on pages about anything: their entries are generic unless marked otherwise. */
const GENERIC_KINDS: ReadonlySet<Kind> = new Set<Kind>(['country', 'organisation', 'media']);

/**
 * An entry's topic class: as marked, else by kind, so entries stored before the field existed are gated too:
 * countries, organisations and outlets are generic; people and proposals are specific.
 */
export function topicOf(entry: Pick<Entry, 'kind' | 'topic'>): Topic {
  return entry.topic ?? (GENERIC_KINDS.has(entry.kind) ? 'generic' : 'specific');
}

/**
 * What the page's rules know about entries besides their aliases: sent to each page with the matcher. Which entries
 * are generic rides in the matcher (../matcher/matcher-data.ts), a bit an entry, and each hit says it.
 */
export interface EntryFacts {
  /**
   * Each outlet's own names (its name and aliases), by the outlet's number in the matcher, to tell its site from
   * another outlet's of the same name.
   */
  outlets: Record<number, string[]>;
}

/** Facts of an empty knowledge base: what a page uses before the aliases arrive, and tests without entries. */
export const NO_FACTS: EntryFacts = { outlets: {} };

/**
 * The facts of a knowledge base's entries, built by the background next to the matcher, which numbers the entries
 * (`numberOf`); an outlet it does not number has no alias a page could find.
 */
export function entryFactsOf(
  entries: readonly Entry[],
  numberOf: (id: string) => number | undefined,
): EntryFacts {
  const facts: EntryFacts = { outlets: {} };
  for (const entry of entries) {
    const number = entry.kind === 'media' ? numberOf(entry.id) : undefined;
    if (number === undefined) continue;
    const names = entry.aliases.filter((alias) => !alias.exclude).map((alias) => alias.text);
    facts.outlets[number] = [entry.name, ...names];
  }
  return facts;
}
