import fc from 'fast-check';
import { KINDS } from '@/utils/model';
import type { ImportMode } from '@/utils/pack';
import { makeEntry, makeFact, makePack, makeStance } from './kb-records';

/** Few ids, so random operations keep landing on the same records and on each other's references. */
const ACTORS = ['poland', 'macron', 'nato'] as const;
const PROPOSALS = ['un-mission', 'cotw'] as const;
const entryId = fc.constantFrom(...ACTORS, ...PROPOSALS);
const factId = fc.constantFrom('f0', 'f1', 'f2');
const stanceId = fc.constantFrom('s0', 's1', 's2');
const kind = fc.constantFrom(...KINDS);
/** Mostly what a real editor would pick, sometimes anything: enough valid writes to build on, and attacks too. */
const mostly = <T>(usual: fc.Arbitrary<T>, rare: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: usual }, { weight: 1, arbitrary: rare });
const actorId = mostly(fc.constantFrom(...ACTORS), entryId);
const proposalId = mostly(fc.constantFrom(...PROPOSALS), entryId);
const kindOf = (id: string) => (PROPOSALS.includes(id as never) ? 'mission' : 'country');

/** A consistent knowledge base to start each run from, so writes have something to build on and to break. */
export const basePack = makePack({
  entries: [...ACTORS, ...PROPOSALS].map((id) => makeEntry(id, { kind: kindOf(id), rev: 1 })),
  facts: [makeFact('f0', ['poland', 'un-mission'], { rev: 1 })],
  stances: [
    makeStance('s0', 'macron', 'un-mission', { rev: 1 }),
    makeStance('s1', 'poland', 'cotw', { rev: 1 }),
  ],
});
const stamps = fc.record({ updatedAt: fc.nat(5), rev: fc.integer({ min: 1, max: 3 }) });

/** A pack over the shared ids, consistent or not: kinds, affiliations and references are drawn freely. */
const pack = fc
  .record({
    entries: fc.uniqueArray(
      fc.record({
        id: entryId,
        flip: mostly(fc.constant(null), kind),
        affiliation: fc.option(entryId, { nil: null }),
        stamps,
      }),
      { selector: (entry) => entry.id, maxLength: 5 },
    ),
    facts: fc.uniqueArray(
      fc.record({ id: factId, entryIds: fc.uniqueArray(entryId, { minLength: 1, maxLength: 3 }), stamps }),
      { selector: (fact) => fact.id, maxLength: 3 },
    ),
    stances: fc.uniqueArray(fc.record({ id: stanceId, actorId, proposalId, stamps }), {
      selector: (stance) => stance.id,
      maxLength: 3,
    }),
  })
  .map(({ entries, facts, stances }) =>
    makePack({
      entries: entries.map(({ id, flip, affiliation, stamps }) =>
        makeEntry(id, { kind: flip ?? kindOf(id), affiliation, createdAt: 0, ...stamps }),
      ),
      facts: facts.map(({ id, entryIds, stamps }) => makeFact(id, entryIds, { createdAt: 0, ...stamps })),
      stances: stances.map(({ id, actorId, proposalId, stamps }) =>
        makeStance(id, actorId, proposalId, { createdAt: 0, ...stamps }),
      ),
    }),
  );

/** One write a reader or an import could make; `stale` bases it on what an earlier reader of the entry saw. */
export type KbOperation =
  | { type: 'import'; mode: ImportMode; pack: ReturnType<typeof makePack> }
  | {
      type: 'save';
      entry: string;
      stale: boolean;
      kind: (typeof KINDS)[number] | null;
      affiliation: string | null | undefined;
      dropFact: boolean;
      dropStance: boolean;
      addFact: { id: string; others: string[] } | null;
      addStance: { id: string; other: string; asActor: boolean } | null;
    }
  | { type: 'delete'; entry: string; stale: boolean }
  | { type: 'undo' };

/** Random imports (merge and replace), editor saves (stale ones and cross-entry edits included), deletes and undos. */
export const kbOperation: fc.Arbitrary<KbOperation> = fc.oneof(
  fc.record({ type: fc.constant('import' as const), mode: fc.constantFrom('merge', 'replace'), pack }),
  fc.record({
    type: fc.constant('save' as const),
    entry: entryId,
    stale: fc.boolean(),
    kind: mostly(fc.constant(null), kind),
    affiliation: fc.option(fc.option(entryId, { nil: null }), { nil: undefined }),
    dropFact: fc.boolean(),
    dropStance: fc.boolean(),
    addFact: fc.option(fc.record({ id: factId, others: fc.uniqueArray(entryId, { maxLength: 2 }) }), {
      nil: null,
    }),
    addStance: fc.option(fc.record({ id: stanceId, other: entryId, asActor: fc.boolean() }), { nil: null }),
  }),
  fc.record({ type: fc.constant('delete' as const), entry: entryId, stale: fc.boolean() }),
  fc.record({ type: fc.constant('undo' as const) }),
);
