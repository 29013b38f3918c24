import { describe, expect, it } from 'vitest';
import { crossesWord, isWordCodePoint, wordAt, wordBefore } from './word-boundary';

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

  it('reads no unit below a floor', () => {
    const text = units('𐌰');
    expect(wordBefore(text, 2)).toBe(true);
    expect(wordBefore(text, 2, 1), 'a lone low surrogate is no letter').toBe(false);
    expect(wordBefore(text, 1, 1)).toBe(false);
  });

  it('refuses a hit that runs into a word on a side where its own edge is a word character', () => {
    const hit = (text: string, found: string) => {
      const start = text.indexOf(found);
      return crossesWord(units(text), text.length, start, start + found.length);
    };
    expect(hit('the unity', 'un'), 'a letter after').toBe(true);
    expect(hit('gun here', 'un'), 'a letter before').toBe(true);
    expect(hit('x𐌰y', '𐌰'), 'a letter after a letter in a surrogate pair').toBe(true);
    expect(hit('an un here', 'un')).toBe(false);
    expect(hit('so u.n.x here', 'u.n.'), 'it ends in a full stop').toBe(false);
    expect(hit('a#metoo b', '#metoo'), 'it starts with a hash').toBe(false);
    expect(hit('(un)', 'un')).toBe(false);
  });

  it('checks no edge before a hit begun in an earlier piece of text', () => {
    const text = units('xun y');
    expect(crossesWord(text, text.length, -2, 3)).toBe(false);
    expect(crossesWord(text, text.length, -2, 2), 'the letter after it still counts').toBe(true);
  });
});
