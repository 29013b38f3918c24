const WORD = /^[\p{L}\p{N}\p{M}]$/u;
/** Scripts written without spaces between words: a name in them is delimited by nothing, so no boundary applies. */
const UNSPACED =
  /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]$/u;

/** Whether a code point continues a word (letter, number or mark of a spaced script), so a name may not end there. */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  const char = String.fromCodePoint(cp);
  return WORD.test(char) && !UNSPACED.test(char);
}

/** Whether the code point ending just before `index` (read no lower than `floor`) continues a word. */
export function wordBefore(units: Uint16Array, index: number, floor = 0): boolean {
  if (index <= floor) return false;
  const low = units[index - 1]!;
  const high = index - 2 >= floor ? units[index - 2]! : 0;
  const isPair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return isWordCodePoint(isPair ? (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : low);
}

/** Whether the code point starting at `index` (below `length`) continues a word. */
export function wordAt(units: Uint16Array, length: number, index: number): boolean {
  if (index >= length) return false;
  const high = units[index]!;
  const low = index + 1 < length ? units[index + 1]! : 0;
  const isPair = high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
  return isWordCodePoint(isPair ? (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : high);
}

/**
 * Whether a hit of folded `units` from `start` to `end` runs into a word on either side: a word character next to
 * it where its own code point on that side is one too. The hit's units are its key's, so this reads from the text
 * what a flag per key said (17 KB in every page at 10,000 entries). A start before 0 (a key begun in an earlier
 * piece, ./sieve.ts) is not checked, as the text before this piece is not known here.
 */
export function crossesWord(units: Uint16Array, length: number, start: number, end: number): boolean {
  if (wordAt(units, length, end) && wordBefore(units, end, Math.max(start, 0))) return true;
  return wordBefore(units, start) && wordAt(units, end, start);
}
