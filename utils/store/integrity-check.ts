import { violationLines, violationsIn } from '@/utils/kb-integrity';
import type { Entry, Fact, Stance } from '@/utils/model';
import { factsOf, stancesOf } from './entry-records';
import { IntegrityError } from './errors';
import type { WriteTx } from './layout';

/** The ids of the records one write created, changed or deleted. */
export interface Touched {
  entries: readonly string[];
  facts: readonly string[];
  stances: readonly string[];
}

/** The stored records a write can have broken: those it touched, and those pointing at an entry it touched. */
async function neighbourhood(tx: WriteTx, touched: Touched) {
  const entries = new Map<string, Entry>();
  const facts = new Map<string, Fact>();
  const stances = new Map<string, Stance>();
  const gone = new Set<string>();
  for (const id of touched.entries) {
    const entry = await tx.objectStore('entries').get(id);
    if (entry) entries.set(id, entry);
    else gone.add(id);
    for (const fact of await factsOf(tx, id)) facts.set(fact.id, fact);
    for (const stance of await stancesOf(tx, id)) stances.set(stance.id, stance);
  }
  // No index leads from an entry to those affiliated to it, and only a deleted entry can break their affiliation.
  if (gone.size > 0) {
    for (const entry of await tx.objectStore('entries').getAll()) {
      if (entry.affiliation !== null && gone.has(entry.affiliation)) entries.set(entry.id, entry);
    }
  }
  for (const id of touched.facts) {
    const fact = await tx.objectStore('facts').get(id);
    if (fact) facts.set(id, fact);
  }
  for (const id of touched.stances) {
    const stance = await tx.objectStore('stances').get(id);
    if (stance) stances.set(id, stance);
  }
  return { entries: [...entries.values()], facts: [...facts.values()], stances: [...stances.values()] };
}

/** The stored entries the checked records name but that are not checked themselves, so their references resolve. */
async function namedEntries(tx: WriteTx, checked: { entries: Entry[]; facts: Fact[]; stances: Stance[] }) {
  const have = new Set(checked.entries.map((entry) => entry.id));
  const named = new Set([
    ...checked.entries.flatMap((entry) => (entry.affiliation === null ? [] : [entry.affiliation])),
    ...checked.facts.flatMap((fact) => fact.entryIds),
    ...checked.stances.flatMap((stance) => [stance.actorId, stance.proposalId]),
  ]);
  const found: Entry[] = [];
  for (const id of named) {
    const entry = have.has(id) ? undefined : await tx.objectStore('entries').get(id);
    if (entry) found.push(entry);
  }
  return found;
}

/**
 * Checks, inside the write's own transaction and after its changes, every record the write could have broken against
 * the rest of the stored knowledge base, with the pack's integrity rules; throws IntegrityError (so the caller's
 * transaction aborts and nothing is written) naming each broken record and why.
 */
export async function requireIntegrity(tx: WriteTx, touched: Touched): Promise<void> {
  const checked = await neighbourhood(tx, touched);
  const context = await namedEntries(tx, checked);
  const violations = violationsIn({ ...checked, entries: [...checked.entries, ...context] }).filter(
    (violation) => violation.collection !== 'entries' || violation.index < checked.entries.length,
  );
  if (violations.length > 0) {
    throw new IntegrityError(violations.flatMap(violationLines));
  }
}
