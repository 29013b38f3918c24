import { describe, expect, it } from 'vitest';
import { namedMatcher } from '@/tests/helpers/named-matcher';
import { MentionGate } from '@/utils/mention-rules';
import type { AliasRecord } from '@/utils/model';

function record(entryId: string, text: string, caseSensitive = false, needsContext = false): AliasRecord {
  return {
    entryId,
    family: entryId.startsWith('p-') ? 'proposal' : 'actor',
    generic: entryId === 'un',
    alias: { text, caseSensitive, needsContext },
  };
}

describe('compileMatcher: overlapping aliases', () => {
  const matcher = namedMatcher([
    record('starmer', 'Starmer'),
    record('starmer', 'Keir Starmer'),
    record('un', 'UN', true),
    record('guterres', 'UN Secretary-General'),
    record('p-mission', 'UN-led mission'),
  ]);
  const found = (text: string) => matcher.find(text).map((h) => [text.slice(h.start, h.end), h.entryId]);

  it('prefers the longest alias at the leftmost start', () => {
    expect(found('Keir Starmer met the UN Secretary-General')).toEqual([
      ['Keir Starmer', 'starmer'],
      ['UN Secretary-General', 'guterres'],
    ]);
    expect(found('a UN-led mission')).toEqual([['UN-led mission', 'p-mission']]);
  });

  it('falls back to the shorter alias when the longer one is incomplete', () => {
    expect(found('Keir Starmers; UN Secretary')).toEqual([['UN', 'un']]);
    expect(found('UN-led missions')).toEqual([['UN', 'un']]);
  });

  it("returns the hit's entry, family, topic class and options", () => {
    const [hit] = matcher.find('UN-led mission');
    expect(hit).toEqual({
      start: 0,
      end: 14,
      entryId: 'p-mission',
      family: 'proposal',
      generic: false,
      needsContext: false,
    });
    expect(matcher.find('the UN said')).toEqual([
      { start: 4, end: 6, entryId: 'un', family: 'actor', generic: true, needsContext: false },
    ]);
  });
});

describe('compileMatcher: other scripts and languages', () => {
  const matcher = namedMatcher([
    record('un', 'Nations unies'),
    record('uk', 'Royaume-Uni'),
    record('zelensky', 'Зеленський'),
  ]);
  const found = (text: string) => matcher.find(text).map((h) => text.slice(h.start, h.end));

  it('matches French and Ukrainian aliases, accents and case folded', () => {
    expect(found('les NATIONS UNIES et le Royaume-Uni; Зеленський заявив')).toEqual([
      'NATIONS UNIES',
      'Royaume-Uni',
      'Зеленський',
    ]);
    expect(found('Royaume-Unis, les nations unies-x')).toEqual(['nations unies']);
    expect(found('Зеленського')).toEqual([]);
  });
});

describe('compileMatcher: ambiguity and ties', () => {
  const matcher = namedMatcher([
    record('starmer', 'Keir Starmer'),
    record('starmer', 'Keir', false, true),
    record('a', 'Mission'),
    record('b', 'mission'),
    record('us', 'US', true),
    record('pronoun', 'us'),
  ]);

  it('keeps a needsContext hit only when its entry has an unambiguous hit on the page', () => {
    const withContext = matcher.find('Keir Starmer spoke. Later Keir said no.');
    expect(withContext.map((h) => h.needsContext)).toEqual([false, true]);
    const kept = (text: string) => {
      const gate = new MentionGate<number>();
      gate.put(0, [text], [matcher.numbered.find(text)]);
      return gate.shown(0).flat();
    };
    expect(kept('Keir Starmer spoke. Later Keir said no.')).toHaveLength(2);
    expect(kept('Keir said no.')).toEqual([]);
  });

  it('resolves a shared alias to the first record whose case rule accepts the text, once', () => {
    expect(matcher.find('the mission').map((h) => h.entryId)).toEqual(['a']);
    expect(matcher.find('the US and us').map((h) => h.entryId)).toEqual(['us', 'pronoun']);
  });
});

describe('compileMatcher: degenerate input', () => {
  it('handles no aliases, empty text and aliases folding to empty', () => {
    expect(namedMatcher([]).find('text')).toEqual([]);
    const matcher = namedMatcher([record('x', ' \u00ad '), record('y', 'NATO')]);
    expect(matcher.size).toBe(1);
    expect(matcher.find('')).toEqual([]);
    expect(matcher.find('  ')).toEqual([]);
  });

  it('finds every mention in a 5 MB text', () => {
    const matcher = namedMatcher([record('nato', 'NATO'), record('macron', 'Macron')]);
    const chunk = 'Le président Macron a parlé à l’OTAN et à NATO. ';
    const text = chunk.repeat(Math.ceil(5_000_000 / chunk.length));
    const hits = matcher.find(text);
    expect(hits).toHaveLength((text.length / chunk.length) * 2);
    expect(text.slice(hits.at(-1)!.start, hits.at(-1)!.end)).toBe('NATO');
  });
});
