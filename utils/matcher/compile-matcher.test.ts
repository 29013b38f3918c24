import { describe, expect, it } from 'vitest';
import type { AliasRecord } from '@/utils/model';
import { compileMatcher } from './compile-matcher';

function record(entryId: string, text: string, caseSensitive = false, needsContext = false): AliasRecord {
  return { entryId, family: 'actor', generic: false, alias: { text, caseSensitive, needsContext } };
}

const matcher = compileMatcher([
  record('un', 'UN', true),
  record('eu', 'EU', true),
  record('guterres', 'António Guterres'),
  record('guterres', 'Antonio Guterres'),
  record('kukula', 'Kukuła'),
  record('macron', 'Macron'),
  record('starmer', 'Starmer'),
  record('starmer', 'Keir Starmer'),
  record('uk', 'Britain'),
  record('macron', 'Макрон'),
]);

/** The matched slices of the original text, in order. */
const found = (text: string): string[] => matcher.find(text).map((h) => text.slice(h.start, h.end));

describe('compileMatcher: case', () => {
  it('matches case-sensitive aliases only as written', () => {
    expect(found('the UN said')).toEqual(['UN']);
    expect(found('un accord, Un jour, the eu')).toEqual([]);
    expect(found('the EU and the UN')).toEqual(['EU', 'UN']);
  });

  it('folds case for other aliases', () => {
    expect(found('MACRON and macron')).toEqual(['MACRON', 'macron']);
    expect(found('Macrons')).toEqual([]);
  });
});

describe('compileMatcher: diacritics', () => {
  it('matches with or without diacritics, both ways', () => {
    expect(found('Antonio Guterres spoke')).toEqual(['Antonio Guterres']);
    expect(found('António Guterres spoke')).toEqual(['António Guterres']);
    expect(found('Kukula and KUKUŁA')).toEqual(['Kukula', 'KUKUŁA']);
    expect(found('Antonia Guterres, Kukuly')).toEqual([]);
  });

  it('covers decomposed input and its trailing marks', () => {
    expect(found('Anto\u0301nio Guterre\u0301s')).toEqual(['Anto\u0301nio Guterre\u0301s']);
  });
});

describe('compileMatcher: apostrophes and spacing', () => {
  it("matches names before possessive 's, covering only the name", () => {
    expect(found("Macron's plan, Starmer’s team, Britain's army")).toEqual(['Macron', 'Starmer', 'Britain']);
    expect(found("Macronn's")).toEqual([]);
  });

  it('matches across NBSP, soft hyphens, line breaks and repeated spaces', () => {
    expect(found('Keir\u00a0Starmer')).toEqual(['Keir\u00a0Starmer']);
    expect(found('Star\u00admer said')).toEqual(['Star\u00admer']);
    expect(found('Keir\n  Starmer')).toEqual(['Keir\n  Starmer']);
    expect(found('Star mer, Keir-Starmer')).toEqual(['Starmer']);
  });
});

describe('compileMatcher: word boundaries', () => {
  it('does not match inside longer words', () => {
    expect(found('UNESCO, FUN, Macronist, antiMacron, Macron2')).toEqual([]);
  });

  it('treats hyphens and punctuation as boundaries', () => {
    expect(found('a UN-led force, pro-Macron (Macron).')).toEqual(['UN', 'Macron', 'Macron']);
  });

  it('applies to Cyrillic: the exact form matches, inflected forms do not', () => {
    expect(found('сказал Макрон.')).toEqual(['Макрон']);
    expect(found('у Макронов, МАКРОН')).toEqual(['МАКРОН']);
  });

  it('needs no boundary next to scripts written without spaces', () => {
    expect(found('UN安保理')).toEqual(['UN']);
  });
});
