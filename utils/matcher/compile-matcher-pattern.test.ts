import { describe, expect, it } from 'vitest';
import { namedMatcher } from '@/tests/helpers/named-matcher';
import type { AliasRecord } from '@/utils/model';
import { aliasTableSteps } from './alias-table';

interface Options {
  caseSensitive?: boolean;
  needsContext?: boolean;
  exclude?: boolean;
}

function record(entryId: string, text: string, options: Options = {}): AliasRecord {
  const { caseSensitive = false, needsContext = false, exclude } = options;
  const alias = { text, caseSensitive, needsContext, ...(exclude === undefined ? {} : { exclude }) };
  return { entryId, family: entryId === 'mission' ? 'proposal' : 'actor', generic: false, alias };
}

const RECORDS = [
  record('un', 'UN', { caseSensitive: true }),
  record('un', 'United Nations'),
  record('mission', '{UN|U.N.|United Nations}[-led] {peacekeeping |}{mission|operation}'),
  record('coalition', '[the ]coalition [of the ]willing', { needsContext: true }),
  record('nato', '{NATO|OTAN}[-led]', { caseSensitive: true }),
  record('france', 'France'),
  record('france', '{Air|Radio} France', { exclude: true }),
  record('acdc', 'AC\\|DC'),
];
const matcher = namedMatcher(RECORDS);

/** The matched slices of the original text with their entries, in order. */
const found = (text: string) => matcher.find(text).map((h) => [text.slice(h.start, h.end), h.entryId]);

describe('compileMatcher: pattern aliases', () => {
  it('matches every phrase of a pattern, folded like any alias', () => {
    for (const phrase of [
      'UN-led mission',
      'U.N. peacekeeping operation',
      'United Nations-led peacekeeping mission',
      'un-led MISSION',
      'Unitéd Nations operation',
    ])
      expect(found(`a ${phrase} now`), phrase).toEqual([[phrase, 'mission']]);
  });

  it('does not match what the pattern does not spell', () => {
    expect(found('a UN-run mission')).toEqual([['UN', 'un']]);
    expect(found('a UN peacekeeping force')).toEqual([['UN', 'un']]);
    expect(found('UN-led missions')).toEqual([['UN', 'un']]);
  });

  it('lets the whole phrase win over the shorter alias inside it', () => {
    expect(found('the UN mission and the UN')).toEqual([
      ['UN mission', 'mission'],
      ['UN', 'un'],
    ]);
    expect(found('United Nations-led operation')).toEqual([['United Nations-led operation', 'mission']]);
  });

  it('resolves each phrase to the pattern record, with its options', () => {
    const [hit] = matcher.find('the coalition willing');
    expect(hit).toMatchObject({ entryId: 'coalition', needsContext: true });
    expect(found('coalition of the willing, the coalition willing')).toEqual([
      ['coalition of the willing', 'coalition'],
      ['the coalition willing', 'coalition'],
    ]);
  });

  it('keeps a case-sensitive pattern to the case of each phrase', () => {
    expect(found('NATO-led and OTAN')).toEqual([
      ['NATO-led', 'nato'],
      ['OTAN', 'nato'],
    ]);
    expect(found('nato-led, Otan, Nato')).toEqual([]);
  });

  it('shields with an excluded pattern like with an excluded alias', () => {
    expect(found('Air France, Radio France and France')).toEqual([['France', 'france']]);
  });

  it('matches an escaped character literally, on word boundaries', () => {
    expect(found('AC|DC played, ACDC did not')).toEqual([['AC|DC', 'acdc']]);
  });

  it('counts a pattern as one alias, and skips a pattern in error', () => {
    expect(matcher.size).toBe(RECORDS.length);
    const broken = namedMatcher([record('un-mission', '{UN mission'), record('un', 'UN')]);
    expect(broken.size).toBe(1);
    expect(broken.find('{UN mission')).toMatchObject([{ start: 1, end: 3, entryId: 'un' }]);
  });

  it('yields by phrases folded, so a base of patterns is built in slices as short as one of plain aliases', () => {
    const yields = (records: AliasRecord[]) => {
      const steps = aliasTableSteps(records);
      let count = 0;
      while (!steps.next().done) count++;
      return count;
    };
    const patterns = Array.from({ length: 100 }, (_, n) =>
      record('x', `Name ${n} {a|b}{c|d}{e|f}{g|h}{i|j}{k|l}`),
    );
    const plain = Array.from({ length: 100 * 65 }, (_, n) => record('x', `Name ${n}`));
    expect(yields(patterns)).toBe(yields(plain));
    expect(yields(patterns)).toBeGreaterThanOrEqual(12);
  });
});
