import { describe, expect, it } from 'vitest';
import { makeEntry, makeFact, makePack, makeStance } from '@/tests/helpers/kb-records';
import { planImport, recordOf } from './import-plan';

const stamps = { createdAt: 1, updatedAt: 10, rev: 2 };
const france = makeEntry('france', { kind: 'country', ...stamps });
const macron = makeEntry('macron', stamps);
const fact = makeFact('f1', ['macron'], stamps);
const current = makePack({ entries: [france, macron], facts: [fact] });

/** The plan as `action collection id` lines, so a test reads what happens to each record. */
function actions(plan: ReturnType<typeof planImport>): string[] {
  const id = (record: unknown) => (record as { id?: string }).id;
  return [
    ...plan.creates.map((p) => `create ${p.collection} ${p.record.id}`),
    ...plan.updates.map((p) => `${p.conflicting ? 'conflict' : 'update'} ${p.collection} ${p.record.id}`),
    ...plan.unchanged.map((p) => `keep ${p.collection} ${p.record.id}`),
    ...plan.invalid.map((p) => `invalid ${p.collection} ${id(p.record)} (${p.issues.length})`),
    ...plan.removes.map((p) => `remove ${p.collection} ${p.id}`),
  ];
}

describe('planImport', () => {
  it('merges by id: new records created, different ones updated, equal ones (in any key order) kept', () => {
    const reordered = Object.fromEntries(Object.entries(france).reverse()) as typeof france;
    const pack = makePack({
      entries: [reordered, { ...macron, role: 'President', updatedAt: 20 }, makeEntry('merz')],
    });
    expect(actions(planImport(pack, current, 'merge'))).toEqual([
      'create entries merz',
      'update entries macron',
      'keep entries france',
    ]);
  });

  it('flags an update as conflicting when the stored copy was edited after the pack copy', () => {
    const pack = makePack({ entries: [{ ...macron, role: 'older', updatedAt: 5 }] });
    expect(actions(planImport(pack, current, 'merge'))).toEqual(['conflict entries macron']);
  });

  it('removes what the pack lacks only when replacing', () => {
    const pack = makePack({ entries: [france] });
    expect(actions(planImport(pack, current, 'merge'))).toEqual(['keep entries france']);
    expect(actions(planImport(pack, current, 'replace'))).toEqual([
      'keep entries france',
      'remove entries macron',
      'remove facts f1',
    ]);
  });

  it('marks every record an issue points at invalid, with all its issues, and plans the others', () => {
    const pack = makePack({ entries: [france, macron, makeEntry('x')], facts: [fact] });
    const issues = [
      { path: ['entries', 2, 'name'], message: 'must not be empty' },
      { path: ['entries', 2, 'rev'], message: 'must be 1 or more' },
      { path: ['facts', 0], message: 'must be an object' },
    ];
    expect(actions(planImport(pack, current, 'merge', issues))).toEqual([
      'keep entries france',
      'keep entries macron',
      'invalid entries x (2)',
      'invalid facts f1 (1)',
    ]);
  });
});

describe('planImport: the resulting knowledge base', () => {
  const mission = makeEntry('un-mission', { kind: 'mission', ...stamps });
  const withStance = makePack({
    entries: [france, macron, mission],
    stances: [makeStance('s1', 'macron', 'un-mission', stamps)],
  });

  it('lists the stored stances a merge would leave on an actor turned proposal, and none for a plain update', () => {
    const turned = makePack({ entries: [{ ...macron, kind: 'mission', updatedAt: 20 }] });
    expect(planImport(turned, withStance, 'merge').broken).toEqual([
      {
        collection: 'stances',
        index: 0,
        id: 's1',
        issues: [{ path: ['actorId'], message: '"macron" is a proposal (mission), not an actor' }],
      },
    ]);
    const renamed = makePack({ entries: [{ ...macron, name: 'E. Macron', updatedAt: 20 }] });
    expect(planImport(renamed, withStance, 'merge').broken).toEqual([]);
    expect(planImport(turned, withStance, 'replace').broken).toEqual([]);
  });

  it('marks a pack record invalid when it breaks a rule only the combined records show', () => {
    const selfAffiliated = makePack({ entries: [{ ...france, affiliation: 'france' }] });
    expect(actions(planImport(selfAffiliated, current, 'merge'))).toEqual(['invalid entries france (1)']);
  });
});

describe('recordOf', () => {
  it('finds the record a path starts at, and nothing for the file or a list as a whole', () => {
    expect(recordOf({ path: ['stances', 4, 'actorId'], message: '' })).toEqual({
      collection: 'stances',
      index: 4,
    });
    expect(recordOf({ path: ['entries'], message: '' })).toBeNull();
    expect(recordOf({ path: ['title'], message: '' })).toBeNull();
    expect(recordOf({ path: [], message: '' })).toBeNull();
  });
});
