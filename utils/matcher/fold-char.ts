/** What a whitespace character folds to: the caller collapses runs of it. */
export const SPACE = ' ';

/** Letters NFKD leaves whole although readers treat them as a base letter or two letters, plus apostrophes. */
const SPECIAL: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŧ: 't',
  Ŧ: 'T',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  Þ: 'Th',
  ς: 'σ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u02bc': "'",
  '\u2032': "'",
};

/** Invisible characters that may sit inside a word: soft hyphen, zero-width and bidi controls, BOM. */
const REMOVED = /^[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]$/u;
const WHITESPACE = /^\s$/u;
const MARKS = /\p{M}/gu;

const cache: [Map<number, string>, Map<number, string>] = [new Map(), new Map()];

function foldUncached(cp: number, lower: boolean): string {
  const char = String.fromCodePoint(cp);
  if (REMOVED.test(char)) return '';
  if (WHITESPACE.test(char)) return SPACE;
  let folded = SPECIAL[char] ?? char.normalize('NFKD').replace(MARKS, '');
  folded = Array.from(folded, (c) => SPECIAL[c] ?? c).join('');
  if (WHITESPACE.test(folded)) return SPACE;
  return lower ? folded.toLowerCase().normalize('NFKD').replace(MARKS, '') : folded;
}

/**
 * Folds one code point to what the matcher compares: no diacritics, one apostrophe, ' ' for any whitespace,
 * '' for invisible characters, lower case when asked. Cached, since pages reuse a small alphabet.
 */
export function foldCodePoint(cp: number, lower: boolean): string {
  const table = cache[lower ? 1 : 0];
  let folded = table.get(cp);
  if (folded === undefined) {
    folded = foldUncached(cp, lower);
    table.set(cp, folded);
  }
  return folded;
}
