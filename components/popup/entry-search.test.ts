import { describe, expect, it } from 'vitest';
import { alias, makeEntry } from '@/tests/helpers/popup-fixtures';
import { buildSearchIndex, type EntryFilter, searchEntries } from './entry-search';

const entries = [
  makeEntry({
    id: 'un',
    name: 'United Nations',
    kind: 'organisation',
    aliases: [alias('UN', { caseSensitive: true })],
  }),
  makeEntry({
    id: 'guterres',
    name: 'António Guterres',
    summary: 'Secretary-General of the United Nations.',
  }),
  makeEntry({
    id: 'macron',
    name: 'Emmanuel Macron',
    aliases: [alias('Macron')],
    summary: 'President of France.',
  }),
  makeEntry({
    id: 'cotw',
    name: 'Coalition of the willing',
    kind: 'coalition',
    summary: 'Led by Macron and Starmer.',
  }),
  makeEntry({ id: 'mac', name: 'Macedonia', kind: 'country' }),
];
const index = buildSearchIndex(entries);
const all: EntryFilter = { query: '', family: 'all', kind: '' };
const ids = (filter: Partial<EntryFilter>) =>
  searchEntries(index, { ...all, ...filter }).map((entry) => entry.id);

describe('searchEntries', () => {
  it('lists everything alphabetically without a query', () => {
    expect(ids({})).toEqual(['guterres', 'cotw', 'macron', 'mac', 'un']);
  });

  it('folds accents and case, so "antonio" finds António', () => {
    expect(ids({ query: 'antonio' })).toEqual(['guterres']);
    expect(ids({ query: 'ANTÓNIO' })).toEqual(['guterres']);
  });

  it('searches aliases and summaries, and needs every word', () => {
    expect(ids({ query: 'un' })).toContain('un');
    expect(ids({ query: 'secretary france' })).toEqual([]);
    expect(ids({ query: 'secretary-general nations' })).toEqual(['guterres']);
    expect(ids({ query: 'france macron' })).toEqual(['macron']);
  });

  it('searches the phrases of a pattern alias, not its syntax', () => {
    const mission = makeEntry({
      id: 'm',
      name: 'Reassurance',
      kind: 'mission',
      aliases: [alias('{UN|U.N.}[-led] force')],
    });
    const patterns = buildSearchIndex([mission]);
    const find = (query: string) => searchEntries(patterns, { ...all, query }).map((entry) => entry.id);
    expect(find('u.n.-led force')).toEqual(['m']);
    expect(find('un force')).toEqual(['m']);
    expect(find('{un')).toEqual([]);
  });

  it('ranks name prefixes first, then word or alias prefixes, then other matches', () => {
    expect(ids({ query: 'mac' })).toEqual(['mac', 'macron', 'cotw']);
  });

  it('filters by family and by kind', () => {
    expect(ids({ family: 'proposal' })).toEqual(['cotw']);
    expect(ids({ family: 'actor' })).toEqual(['guterres', 'macron', 'mac', 'un']);
    expect(ids({ family: 'actor', kind: 'country' })).toEqual(['mac']);
    expect(ids({ query: 'macron', family: 'actor' })).toEqual(['macron']);
  });
});
