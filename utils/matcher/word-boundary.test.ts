import { describe, expect, it } from 'vitest';
import { endsWithWord, isWordCodePoint, startsWithWord, wordAt, wordBefore } from './word-boundary';

const units = (text: string) => Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
const cp = (char: string) => char.codePointAt(0)!;

describe('word boundaries', () => {
  it('counts letters, numbers and marks of every spaced script as word characters', () => {
    for (const char of ['a', 'Z', '7', 'é', 'ж', 'ω', 'ع', '\u0301', '𐌰'])
      expect(isWordCodePoint(cp(char)), char).toBe(true);
  });

  it('does not count punctuation, spaces, apostrophes or unspaced scripts', () => {
    for (const char of [' ', '-', "'", '.', '_', '安', 'カ', 'ก'])
      expect(isWordCodePoint(cp(char)), char).toBe(false);
  });

  it('reads surrogate pairs on both sides of an index', () => {
    const text = units('x𐌰 y');
    expect(wordBefore(text, 3)).toBe(true);
    expect(wordAt(text, text.length, 1)).toBe(true);
    expect(wordAt(text, text.length, 3)).toBe(false);
    expect(wordBefore(text, 0)).toBe(false);
    expect(wordAt(text, text.length, text.length)).toBe(false);
  });

  it('tells whether a key needs a boundary at each edge', () => {
    expect([startsWithWord('un'), endsWithWord('un')]).toEqual([true, true]);
    expect([startsWithWord('#metoo'), endsWithWord('u.n.')]).toEqual([false, false]);
    expect(endsWithWord('x𐌰')).toBe(true);
  });
});
