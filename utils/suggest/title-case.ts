import { foldKey } from '@/utils/normalize';
import type { Occurrence } from './types';

/** Share of long words capitalised past which a line is in title case ("Zelenskyy Sees Positive Signal"). */
const TITLE_CASE_SHARE = 0.6;
/** Words this short ("of", "the", "in") stay lower case in title case too. */
const SHORT_WORD = 4;
/** The longest name looked for inside a title-case run. */
const LONGEST_NAME = 4;

/** A headline that capitalises most words, where capitals say nothing about names. */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => word.replace(/[^\p{L}]/gu, '').length >= SHORT_WORD);
  if (words.length < 3) return false;
  const capitalised = words.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word)).length;
  return capitalised / words.length > TITLE_CASE_SHARE;
}

/**
 * The names inside a title-case run that the page also names elsewhere, longest first, left to right: "Zelenskyy
 * Sees Positive Signal" counts for Zelenskyy only when the text names Zelenskyy. `known` holds the fold keys of
 * names found outside title case.
 */
export function namesInTitleCase(occurrence: Occurrence, known: ReadonlySet<string>): Occurrence[] {
  const found: Occurrence[] = [];
  const { words } = occurrence;
  let at = 0;
  while (at < words.length) {
    let size = Math.min(LONGEST_NAME, words.length - at);
    while (size > 0 && !known.has(foldKey(words.slice(at, at + size).join(' ')))) size--;
    if (size === 0) {
      at++;
      continue;
    }
    const part = words.slice(at, at + size);
    found.push({ ...occurrence, form: part.join(' '), words: part, initial: false });
    at += size;
  }
  return found;
}
