import { describe, expect, it } from 'vitest';
import { alias, makeEntry } from '@/tests/helpers/kb-records';
import { aliasRecordsOf } from './alias-records';

describe('aliasRecordsOf', () => {
  it('adds the name as a plain alias, with the family and the topic class of the entry', () => {
    const un = makeEntry('un', {
      kind: 'organisation',
      name: 'United Nations',
      aliases: [{ text: 'UN', caseSensitive: true, needsContext: false }],
    });
    const mission = makeEntry('mission', { kind: 'mission', name: 'Reassurance Force', aliases: [] });
    expect(aliasRecordsOf([un, mission])).toEqual([
      {
        entryId: 'un',
        family: 'actor',
        generic: true,
        alias: { text: 'United Nations', caseSensitive: false, needsContext: false },
      },
      {
        entryId: 'un',
        family: 'actor',
        generic: true,
        alias: { text: 'UN', caseSensitive: true, needsContext: false },
      },
      {
        entryId: 'mission',
        family: 'proposal',
        generic: false,
        alias: { text: 'Reassurance Force', caseSensitive: false, needsContext: false },
      },
    ]);
  });

  it('marks an entry generic by its topic mark first, else by its kind', () => {
    const marked = makeEntry('trump', { kind: 'person', name: 'Donald Trump', topic: 'generic' });
    const unmarked = makeEntry('eu', { kind: 'organisation', name: 'European Union', topic: 'specific' });
    expect(aliasRecordsOf([marked, unmarked]).map(({ entryId, generic }) => [entryId, generic])).toEqual([
      ['trump', true],
      ['eu', false],
    ]);
  });

  it('does not repeat a name an alias already spells, keeping the alias options', () => {
    const nato = makeEntry('nato', {
      kind: 'organisation',
      name: 'NATO',
      aliases: [{ text: 'Nato', caseSensitive: true, needsContext: true }, alias('North Atlantic Alliance')],
    });
    expect(aliasRecordsOf([nato]).map((record) => record.alias)).toEqual(nato.aliases);
  });

  it('carries the exclude flag to the record', () => {
    const france = makeEntry('france', {
      kind: 'country',
      name: 'France',
      aliases: [{ text: 'Air France', caseSensitive: false, needsContext: false, exclude: true }],
    });
    expect(aliasRecordsOf([france]).map((record) => record.alias)).toEqual([
      { text: 'France', caseSensitive: false, needsContext: false },
      { text: 'Air France', caseSensitive: false, needsContext: false, exclude: true },
    ]);
  });

  it('still adds the name when only an exclusion spells it', () => {
    const times = makeEntry('times', {
      kind: 'media',
      name: 'The Times',
      aliases: [{ text: 'THE TIMES', caseSensitive: true, needsContext: false, exclude: true }],
    });
    expect(aliasRecordsOf([times]).map((record) => record.alias.text)).toEqual(['The Times', 'THE TIMES']);
  });

  it('counts a pattern phrase as spelling the name, and escapes a name written with pattern characters', () => {
    const mission = makeEntry('un-mission', {
      kind: 'mission',
      name: 'UN-led mission',
      aliases: [alias('{UN|U.N.}[-led] mission')],
    });
    expect(aliasRecordsOf([mission]).map((record) => record.alias.text)).toEqual(['{UN|U.N.}[-led] mission']);
    const bracketed = makeEntry('coalition', { kind: 'coalition', name: 'Coalition [of the willing]' });
    expect(aliasRecordsOf([bracketed]).map((record) => record.alias.text)).toEqual([
      'Coalition \\[of the willing\\]',
    ]);
  });
});
