import { describe, expect, it } from 'vitest';
import { blockNames } from './block-names';
import type { TextBlock } from './types';

const body = (text: string): TextBlock => ({ role: 'body', text });
/** The names found inside sentences (an opener is only marked: ranking weighs it). */
const forms = (text: string, known = [] as { start: number; end: number }[]) =>
  blockNames(body(text), 0, known).flatMap((each) => (each.initial ? [] : [each.form]));

describe('blockNames', () => {
  it('reads capitalised runs and joins them through connectors', () => {
    expect(forms('He met Vladimir Medinsky and the Coalition of the Willing in Istanbul.')).toEqual([
      'Vladimir Medinsky',
      'Coalition of the Willing',
      'Istanbul',
    ]);
  });

  it('cuts titles off a name and drops a bare office', () => {
    expect(forms('Opposition Leader Peter Dutton spoke to Prime Minister Anthony Albanese.')).toEqual([
      'Peter Dutton',
      'Anthony Albanese',
    ]);
    expect(forms('Secretary of State Marco Rubio and Admiral Igor Kostyukov.')).toEqual([
      'Marco Rubio',
      'Igor Kostyukov',
    ]);
    expect(forms('the Prime Minister said so.')).toEqual([]);
  });

  it('keeps "Sir" before a first name alone, as British copy writes it, but not before a full name', () => {
    expect(forms('Talks with Sir Keir went well.')).toEqual(['Sir Keir']);
    expect(forms('Talks with Sir Keir Starmer went well.')).toEqual(['Keir Starmer']);
  });

  it('keeps an organisation whose name holds a title word or "and"', () => {
    expect(forms('the General Assembly and the National Security and Defense Council met.')).toEqual([
      'General Assembly',
      'National Security and Defense Council',
    ]);
    expect(forms('So Putin and Trump met.')).toEqual(['Putin', 'Trump']);
    expect(forms('the President of the General Assembly spoke.')).toEqual(['General Assembly']);
  });

  it('never offers weekdays, months or sentence openers', () => {
    expect(forms('On Monday, talks began. However, in March little moved.')).toEqual([]);
  });

  it('leaves out an agency named as a credit, a dateline and a byline line, but not an agency as a source', () => {
    expect(forms('KYIV (Reuters) - Talks resumed.')).toEqual([]);
    expect(forms('Talks resumed, officials said. — Reuters')).toEqual([]);
    expect(forms('PARIS: Talks resumed.')).toEqual([]);
    expect(forms('By Jane Smith and John Doe, Reuters')).toEqual([]);
    expect(forms('The deal was first reported by Reuters on Tuesday.')).toEqual(['Reuters']);
  });

  it('reads names in Cyrillic and drops possessives', () => {
    expect(forms('Заява: сказав Володимир Зеленський.')).toEqual(['Володимир Зеленський']);
    expect(forms('It was Umerov’s team.')).toEqual(['Umerov']);
  });

  it('stops at what the knowledge base already knows', () => {
    const text = 'Russian President Vladimir Putin spoke.';
    expect(forms(text, [{ start: 0, end: 7 }])).toEqual(['Vladimir Putin']);
    expect(forms(text, [{ start: 18, end: 32 }])).toEqual([]);
  });

  it('marks a name that opens a sentence, where capitals prove nothing', () => {
    const [opening, inside] = blockNames(body('Medinsky spoke with Umerov.'), 0, []);
    expect(opening?.initial).toBe(true);
    expect(inside?.initial).toBe(false);
  });
});
