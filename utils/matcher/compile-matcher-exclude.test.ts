import { describe, expect, it } from 'vitest';
import { namedMatcher } from '@/tests/helpers/named-matcher';
import { MentionGate } from '@/utils/mention-rules';
import type { AliasRecord } from '@/utils/model';

interface Options {
  caseSensitive?: boolean;
  needsContext?: boolean;
  exclude?: boolean;
}

function record(entryId: string, text: string, options: Options = {}): AliasRecord {
  const { caseSensitive = false, needsContext = false, exclude } = options;
  const alias = { text, caseSensitive, needsContext, ...(exclude === undefined ? {} : { exclude }) };
  return { entryId, family: 'actor', generic: false, alias };
}

const shield = (entryId: string, text: string, caseSensitive = false) =>
  record(entryId, text, { caseSensitive, exclude: true });

const matcher = namedMatcher([
  record('france', 'France'),
  shield('france', 'Air France'),
  shield('france', 'Radio France'),
  record('rfi', 'Radio France Internationale'),
  record('us', 'US', { caseSensitive: true }),
  shield('us', 'US Edition', true),
  shield('us', 'en-US', true),
  record('times', 'The Times', { caseSensitive: true }),
  shield('times', 'The Times of India', true),
  shield('times', 'Inside The Times', true),
  record('india', 'India'),
  record('macron', 'Macron', { exclude: false }),
]);

/** The matched slices of the original text with their entries, in order. */
const found = (text: string) => matcher.find(text).map((h) => [text.slice(h.start, h.end), h.entryId]);

describe('compileMatcher: exclusion aliases', () => {
  it('hides a shorter alias inside an excluded phrase that starts with it or before it', () => {
    expect(found('Air France flights')).toEqual([]);
    expect(found('AIR FRANCE flights')).toEqual([]);
    expect(found('switch to en-US')).toEqual([]);
    expect(found('Inside The Times: our newsroom')).toEqual([]);
  });

  it('still matches the shorter alias where the excluded phrase is absent or incomplete', () => {
    expect(found('France said')).toEqual([['France', 'france']]);
    expect(found('Air Frances, Airbus France')).toEqual([['France', 'france']]);
    expect(found('Air France and France')).toEqual([['France', 'france']]);
    expect(found('The Times reported')).toEqual([['The Times', 'times']]);
  });

  it('follows the case rule of the exclusion, not of the alias it shields', () => {
    expect(found('the US Edition')).toEqual([]);
    expect(found('the US edition')).toEqual([['US', 'us']]);
    expect(found('THE TIMES OF INDIA')).toEqual([['INDIA', 'india']]);
  });

  it('shields the aliases of every entry it covers, not only its own', () => {
    expect(found('The Times of India said')).toEqual([]);
    expect(found('India said')).toEqual([['India', 'india']]);
  });

  it('loses to a longer real alias at the same start', () => {
    expect(found('on Radio France Internationale')).toEqual([['Radio France Internationale', 'rfi']]);
    expect(found('on Radio France')).toEqual([]);
  });

  it('treats exclude: false like an absent flag', () => {
    expect(found('Macron said')).toEqual([['Macron', 'macron']]);
  });

  it('counts exclusions among the compiled records, and reports only the real alias', () => {
    expect(matcher.size).toBe(12);
    expect(matcher.find('Air France, then France')).toMatchObject([
      { start: 17, end: 23, entryId: 'france' },
    ]);
  });
});

describe('compileMatcher: exclusions spelled like a real alias', () => {
  it('lets the real alias of another entry win, whichever comes first', () => {
    const airline = record('air-france', 'Air France');
    for (const records of [
      [shield('france', 'Air France'), airline],
      [airline, shield('france', 'Air France')],
    ]) {
      const hits = namedMatcher(records).find('Air France flights');
      expect(hits.map((hit) => hit.entryId)).toEqual(['air-france']);
    }
  });

  it('still hides text that only the exclusion accepts by case', () => {
    const times = namedMatcher([
      shield('times', 'TIMES', true),
      record('times', 'Times', { caseSensitive: true }),
    ]);
    expect(times.find('TIMES').length).toBe(0);
    expect(times.find('Times').length).toBe(1);
  });
});

describe('compileMatcher: exclusions and context', () => {
  const french = namedMatcher([
    record('france', 'France'),
    record('france', 'the French president', { needsContext: true }),
    shield('france', 'Air France'),
  ]);

  /** The hits the page engine's gate would show for this text alone. */
  const shown = (text: string) => {
    const gate = new MentionGate<number>();
    gate.put(0, [text], [french.numbered.find(text)]);
    return gate.shown(0).flat();
  };

  it('never confirms a needsContext alias of its entry', () => {
    expect(french.find('Air France flew the French president').map((hit) => hit.needsContext)).toEqual([
      true,
    ]);
    expect(shown('Air France flew the French president')).toEqual([]);
  });

  it('leaves confirmation to the real aliases on the page', () => {
    expect(shown('Air France flew the French president to France')).toHaveLength(2);
  });
});
