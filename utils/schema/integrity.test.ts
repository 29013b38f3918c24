import { describe, expect, it } from 'vitest';
import { minimalPack, problemsOf } from '@/tests/helpers/minimal-pack';
import type { Pack } from '@/utils/pack';

const NOW = 1_750_000_000_000;

function errorsOf(change: (pack: Pack) => void): string[] {
  const pack = minimalPack();
  change(pack);
  return problemsOf(JSON.stringify(pack), NOW);
}

describe('ids are unique per record type', () => {
  it('refuses a repeated entry id and accepts the same id in another record type', () => {
    expect(errorsOf((p) => p.entries.push({ ...p.entries[3]!, name: 'Again' }))).toEqual([
      'entries[4].id: duplicate id "nato" (first used by entries[3])',
    ]);
    expect(errorsOf((p) => p.facts.push({ ...p.facts[0]!, id: 'nato' }))).toEqual([]);
  });

  it('refuses repeated fact and stance ids and accepts distinct ones', () => {
    expect(errorsOf((p) => p.facts.push({ ...p.facts[0]! }))).toEqual([
      'facts[1].id: duplicate id "f1" (first used by facts[0])',
    ]);
    expect(errorsOf((p) => p.stances.push({ ...p.stances[0]! }))).toEqual([
      'stances[1].id: duplicate id "s1" (first used by stances[0])',
    ]);
    expect(errorsOf((p) => p.stances.push({ ...p.stances[0]!, id: 's2' }))).toEqual([]);
  });
});

describe('references name existing entries of the right family', () => {
  it('checks an affiliation', () => {
    expect(errorsOf((p) => (p.entries[0]!.affiliation = 'germany'))).toEqual([
      'entries[0].affiliation: no entry "germany"',
    ]);
    expect(errorsOf((p) => (p.entries[0]!.affiliation = 'macron'))).toEqual([
      'entries[0].affiliation: must not be the entry itself',
    ]);
    expect(errorsOf((p) => (p.entries[0]!.affiliation = 'nato'))).toEqual([]);
    expect(errorsOf((p) => (p.entries[0]!.affiliation = null))).toEqual([]);
  });

  it("checks a fact's entries", () => {
    expect(errorsOf((p) => (p.facts[0]!.entryIds = ['france', 'macronn']))).toEqual([
      'facts[0].entryIds[1]: no entry "macronn"',
    ]);
    expect(errorsOf((p) => (p.facts[0]!.entryIds = ['france', 'un-mission']))).toEqual([]);
  });

  it("checks a stance's actor", () => {
    expect(errorsOf((p) => (p.stances[0]!.actorId = 'chirac'))).toEqual([
      'stances[0].actorId: no entry "chirac"',
    ]);
    expect(errorsOf((p) => (p.stances[0]!.actorId = 'un-mission'))).toEqual([
      'stances[0].actorId: "un-mission" is a proposal (mission), not an actor',
    ]);
    expect(errorsOf((p) => (p.stances[0]!.actorId = 'france'))).toEqual([]);
  });

  it("checks a stance's proposal", () => {
    expect(errorsOf((p) => (p.stances[0]!.proposalId = 'france'))).toEqual([
      'stances[0].proposalId: "france" is an actor (country), not a proposal',
    ]);
    expect(errorsOf((p) => (p.stances[0]!.proposalId = 'un-troops'))).toEqual([
      'stances[0].proposalId: no entry "un-troops"',
    ]);
    const toResolution = (p: Pack) => {
      p.entries[3]!.kind = 'resolution';
      p.stances[0]!.proposalId = 'nato';
    };
    expect(errorsOf(toResolution)).toEqual([]);
  });

  it('reports references alongside schema problems in the same answer', () => {
    const errors = errorsOf((p) => {
      p.entries[0]!.name = '';
      p.facts[0]!.entryIds = ['nobody'];
    });
    expect(errors).toEqual(['entries[0].name: must not be empty', 'facts[0].entryIds[0]: no entry "nobody"']);
  });
});
