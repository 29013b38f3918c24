import { foldedString } from './matcher/fold-text';

/**
 * Folds text to the key used to index and compare aliases: lower case, no diacritics (ł, ø, ß… included), one
 * kind of apostrophe, no invisible characters, single spaces. Shared by the store's alias index and the matcher
 * so both agree on what "the same alias" is.
 */
export function foldKey(text: string): string {
  return foldedString(text, true);
}

/** Same fold as `foldKey` but keeping case: how case-sensitive aliases (UN, EU) are compared with the text. */
export function foldCaseKey(text: string): string {
  return foldedString(text, false);
}
