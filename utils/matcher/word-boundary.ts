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

/** Whether the code point ending just before `index` continues a word. */
export function wordBefore(units: Uint16Array, index: number): boolean {
  if (index <= 0) return false;
  const low = units[index - 1]!;
  const high = index >= 2 ? units[index - 2]! : 0;
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

/** Whether a key's first code point is a word character, i.e. whether a hit of it needs a boundary before. */
export function startsWithWord(key: string): boolean {
  return isWordCodePoint(key.codePointAt(0) ?? 0);
}

/** Whether a key's last code point is a word character, i.e. whether a hit of it needs a boundary after. */
export function endsWithWord(key: string): boolean {
  const last = Array.from(key.slice(-2)).pop();
  return last !== undefined && isWordCodePoint(last.codePointAt(0)!);
}
