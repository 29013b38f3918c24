import { describe, expect, it } from 'vitest';
import { escapePattern } from './alias-pattern';
import { expandPattern, MAX_PHRASES, phrasesOf } from './expand-pattern';

const phrases = (text: string) => {
  const expansion = expandPattern(text);
  if (!expansion.ok) throw new Error(expansion.message);
  return expansion.phrases;
};

describe('expandPattern', () => {
  it('expands choices left to right, an optional part present first', () => {
    expect(phrases('{UN|U.N.|United Nations}[-led] {mission|operation}')).toEqual([
      'UN-led mission',
      'UN-led operation',
      'UN mission',
      'UN operation',
      'U.N.-led mission',
      'U.N.-led operation',
      'U.N. mission',
      'U.N. operation',
      'United Nations-led mission',
      'United Nations-led operation',
      'United Nations mission',
      'United Nations operation',
    ]);
  });

  it('gives plain text back as it is, and marks it as no pattern', () => {
    expect(expandPattern('Keir  Starmer')).toEqual({ ok: true, pattern: false, phrases: ['Keir  Starmer'] });
    expect(expandPattern('{Keir} Starmer')).toEqual({ ok: true, pattern: true, phrases: ['Keir Starmer'] });
  });

  it('collapses the spaces an absent optional word leaves, wherever its own spaces are', () => {
    expect(phrases('the [European ]force')).toEqual(['the European force', 'the force']);
    expect(phrases('the [European] force')).toEqual(['the European force', 'the force']);
    expect(phrases('[the ]{coalition|alliance} [of the] willing')).toEqual([
      'the coalition of the willing',
      'the coalition willing',
      'the alliance of the willing',
      'the alliance willing',
      'coalition of the willing',
      'coalition willing',
      'alliance of the willing',
      'alliance willing',
    ]);
    expect(phrases('UN [led]')).toEqual(['UN led', 'UN']);
    for (const phrase of phrases('a [b ] [ c] {d| } e')) expect(phrase).not.toMatch(/^\s|\s\s|\s$/);
  });

  it('makes a tab or a no-break space between words one plain space, as in every other phrase', () => {
    expect(phrases('{UN|U.N.}\tmission\u00a0force')).toEqual(['UN mission force', 'U.N. mission force']);
    expect(phrases('{UN|U.N.} mission force')).toEqual(['UN mission force', 'U.N. mission force']);
  });

  it('glues an optional part written without a space to the word before it', () => {
    expect(phrases('UN[-led] mission')).toEqual(['UN-led mission', 'UN mission']);
    expect(phrases('peacekeeper[s]')).toEqual(['peacekeepers', 'peacekeeper']);
  });

  it('reads escaped characters literally', () => {
    expect(phrases('AC\\|DC')).toEqual(['AC|DC']);
    expect(phrases(escapePattern('Coalition [of the willing] {draft}'))).toEqual([
      'Coalition [of the willing] {draft}',
    ]);
  });

  it('keeps a phrase written twice once', () => {
    expect(phrases('{UN|UN} mission')).toEqual(['UN mission']);
  });

  it(`allows ${MAX_PHRASES} phrases and refuses one more, without writing them out`, () => {
    expect(phrases('{a|b}{c|d}{e|f}{g|h}{i|j}{k|l}')).toHaveLength(64);
    expect(expandPattern('{a|b}{c|d}{e|f}{g|h}{i|j}{k|l|m}')).toEqual({
      ok: false,
      pattern: true,
      problem: 'size',
      message: 'expands to 96 phrases (at most 64): split it into several aliases',
    });
    const huge = expandPattern('{a|b}'.repeat(40));
    expect(huge.ok || huge.message).toBe(
      'expands to over a million phrases (at most 64): split it into several aliases',
    );
  });

  it('passes a syntax error on', () => {
    expect(expandPattern('{UN mission')).toEqual({
      ok: false,
      pattern: true,
      problem: 'syntax',
      message: '{ is never closed (character 1)',
    });
  });
});

describe('phrasesOf', () => {
  it('gives the matcher no phrase for a pattern in error', () => {
    expect(phrasesOf('{UN mission')).toEqual([]);
    expect(phrasesOf('{UN|ONU} mission')).toEqual(['UN mission', 'ONU mission']);
  });
});
