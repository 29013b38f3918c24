import type { Automaton } from './automaton';
import { foldText } from './fold-text';
import { noWalks } from './walks';
import { crossesWord } from './word-boundary';

/**
 * One pass over a page's text pieces (its text nodes, in document order) that says which pieces may end a hit, so a
 * page is read block by block only where there is something to find.
 */
export interface Sieve {
  /** Whether a key ends in this piece, the pieces fed before it taken as the text just before it. */
  feed(text: string): boolean;
  /** Forgets the pieces fed so far: the next one starts a text of its own. */
  reset(): void;
}

/**
 * A character that is not CSS white space; its absence makes a text node blank (indentation, mostly). `feed` tests it
 * inline, with no call per text node in code a page has not yet optimised.
 */
const NOT_BLANK = /[^\t\n\f\r ]/;

/**
 * Whether a text holds only CSS white space (spaces, tabs, line breaks), which collapses and shows nothing: the sieve
 * and a walk deciding whether a stretch is worth reading (utils/engine/far-place.ts) must agree on it. A no-break
 * space is not blank.
 */
export function isBlank(text: string): boolean {
  return !NOT_BLANK.test(text);
}

/** What a blank text node folds to after a word: one space, which ends no key (keys never end in a space). */
const SPACE = new Uint16Array([32]);

/**
 * A sieve over the matcher's automaton. It keeps every piece that ends a real hit: it scans the pieces as one text,
 * so a name split across them (`<b>Keir</b> Starmer`) is found, and it checks a key's word edges only inside the
 * piece that holds them, since the pieces either side may belong to another block. It keeps a few pieces that end
 * none (a key that spans two blocks, a case or context a hit would fail): those are read and found empty.
 */
export function sieveOf(automaton: Automaton, keyLength: (key: number) => number): Sieve {
  const walks = noWalks();
  let afterSpace = true;
  let found = false;
  let units: Uint16Array = new Uint16Array(0);
  let length = 0;
  const onMatch = (end: number, key: number): void => {
    if (found || crossesWord(units, length, end - keyLength(key), end)) return;
    found = true;
  };
  return {
    feed(text) {
      if (!NOT_BLANK.test(text)) {
        if (text === '') return false;
        if (!afterSpace) automaton.scan(SPACE, 1, onMatch, walks);
        afterSpace = true;
        return false;
      }
      const folded = foldText(text, true, afterSpace);
      units = folded.units;
      length = folded.length;
      found = false;
      automaton.scan(units, length, onMatch, walks);
      if (length > 0) afterSpace = units[length - 1] === 32;
      return found;
    },
    reset() {
      walks.count = 0;
      afterSpace = true;
    },
  };
}
