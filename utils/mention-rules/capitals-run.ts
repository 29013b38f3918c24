/** An acronym as the rule sees it: two to four capitals, with or without dots ("US", "U.S.", "NATO", "ООН"). */
const ACRONYM = /^(?:\p{Lu}\.?){2,4}$/u;
/** What a run of capitals is made of besides capitals: digits, spaces, and the dots, apostrophes and "&" of names. */
const IN_RUN = /^[\p{Lu}\p{N}\s.'\u2019&]$/u;
/** A word of capitals other than the hit, somewhere in the run. */
const CAPITAL_WORD = /\p{Lu}{2}/u;

const isLower = (char: string | undefined): boolean =>
  char !== undefined && char !== char.toUpperCase() && char === char.toLowerCase();

/**
 * Whether an acronym hit stands inside a run of all-capitals text, such as a menu label or a button ("FOLLOW US",
 * "ABOUT US", "CONTACT US"), where an all-capitals word is a word like any other and not the acronym: "US" there is
 * the pronoun. The run is the stretch around the hit made of capitals, digits, spaces and name punctuation; it must
 * hold another word of capitals and must not run into lower-case text, which would make it a sentence that merely
 * contains acronyms ("the US FDA said"). A hit that is not an acronym is never in a run: "MACRON" in a headline is
 * the name whatever its case.
 */
export function inCapitalsRun(text: string, start: number, end: number): boolean {
  if (!ACRONYM.test(text.slice(start, end))) return false;
  let from = start;
  while (from > 0 && IN_RUN.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && IN_RUN.test(text[to]!)) to++;
  if (isLower(text[from - 1]) || isLower(text[to])) return false;
  return CAPITAL_WORD.test(text.slice(from, start)) || CAPITAL_WORD.test(text.slice(end, to));
}
