import { capitalisedRuns, type Run, type RunWord } from './capitalised-runs';
import {
  AGENCIES,
  HONORIFICS,
  NOT_NAMES,
  OFFICE_DOMAINS,
  ORGANISATION_HEADS,
  QUALIFIERS,
  TITLE_WORDS,
} from './name-words';
import type { Occurrence, Span, TextBlock } from './types';

/** Lines that credit rather than report: "By …", "Reporting by …", a photo credit. */
const CREDIT_LINE =
  /^(?:by|reporting by|editing by|additional reporting|photo|image|source)\b|©|getty images/iu;
const CREDIT_WORDS = 16;
/** A credit inside a paragraph: the names after it are the newsroom's, not the story's. */
const CREDIT_PHRASE = /\b(?:reporting|editing|writing|compiled|additional reporting) by\b[^.;]*/giu;

const lower = (word: RunWord) => word.text.toLowerCase();
const isTitle = (word: RunWord) =>
  lower(word)
    .split('-')
    .some((part) => TITLE_WORDS.has(part));

/**
 * Splits a run at "and" ("Putin and Trump"), unless it ends with an organisation's head word ("Security and Defense
 * Council") and the "and" is not followed by "the" ("General Assembly and the Security Council").
 */
function splitAtAnd(run: Run): Run[] {
  const last = run.words.at(-1);
  const organisation = last !== undefined && ORGANISATION_HEADS.has(lower(last));
  const parts: Run[] = [];
  let words: RunWord[] = [];
  for (const [index, word] of run.words.entries()) {
    const splits = word.text === 'and' && (!organisation || run.words[index + 1]?.text === 'the');
    if (!splits) words.push(word);
    else {
      parts.push({ words, initial: parts.length === 0 && run.initial });
      words = [];
    }
  }
  parts.push({ words, initial: parts.length === 0 && run.initial });
  return parts;
}

/**
 * Where the name starts after the last office in the run ("Opposition Leader Peter Dutton", "Secretary of State Marco
 * Rubio"), or -1 when the run is only an office ("Prime Minister"). A run that ends as an organisation's name
 * ("General Assembly") keeps its title words, but not an office of it ("President of the General Assembly").
 */
function afterTitles(words: RunWord[]): { from: number; titled: boolean } {
  if (ORGANISATION_HEADS.has(lower(words.at(-1)!))) {
    const office = isTitle(words[0]!) && lower(words[1] ?? words[0]!) === 'of';
    return { from: office ? (lower(words[2]!) === 'the' ? 3 : 2) : 0, titled: false };
  }
  let end = -1;
  words.forEach((word, index) => {
    if (isTitle(word) && !QUALIFIERS.has(lower(word))) end = index + 1;
  });
  if (end < 0) return { from: 0, titled: false };
  while (end < words.length && isTitle(words[end]!)) end++;
  if (end < words.length && lower(words[end]!) === 'of') {
    end++;
    while (end < words.length && OFFICE_DOMAINS.has(lower(words[end]!))) end++;
  }
  if (end >= words.length) return { from: -1, titled: true };
  const honorific = end === words.length - 1 && HONORIFICS.has(lower(words[end - 1]!));
  return { from: honorific ? end - 1 : end, titled: true };
}

/** A news agency named as a credit: in brackets, alone in its line, or after a dash at the end of a line. */
function agencyCredit(text: string, word: RunWord): boolean {
  if (!AGENCIES.has(word.text.toLowerCase())) return false;
  const before = text.slice(0, word.start).trimEnd();
  const after = text.slice(word.end).trimStart();
  return (before.endsWith('(') && after.startsWith(')')) || (/(^|[—–-])$/u.test(before) && after === '');
}

/** A place in capitals that opens a report ("PARIS:", "KYIV (AP) —"): where it was filed, not what it names. */
function dateline(text: string, word: RunWord): boolean {
  return (
    word.start === 0 && word.text === word.text.toUpperCase() && /^\s*[:(—–,-]/u.test(text.slice(word.end))
  );
}

/** One run's name, or null when nothing of it is a name. */
function nameOf(run: Run, text: string, block: number, role: TextBlock['role']): Occurrence | null {
  const { from, titled } = afterTitles(run.words);
  if (from < 0) return null;
  let words = run.words.slice(from);
  const leading = words.findIndex((word) => !NOT_NAMES.has(lower(word)));
  if (leading < 0) return null;
  words = words.slice(leading);
  while (words.length > 0 && NOT_NAMES.has(lower(words.at(-1)!))) words = words.slice(0, -1);
  const first = words[0]!;
  const last = words.at(-1)!;
  if (words.length === 1 && (agencyCredit(text, first) || dateline(text, first))) return null;
  return {
    form: text.slice(first.start, last.end),
    words: words.map((word) => word.text),
    block,
    role,
    initial: run.initial && from === 0 && leading === 0,
    titled,
  };
}

/**
 * The names a block mentions outside the known stretches: capitalised runs with titles ("President", "Sir" before a
 * surname), openers and weekdays cut off, a bare office dropped, and agencies named as credits left out. A credit
 * line ("By …") gives none, and a credit inside a paragraph ("Reporting by …") is skipped.
 */
export function blockNames(block: TextBlock, index: number, known: readonly Span[]): Occurrence[] {
  const text = block.text;
  if (CREDIT_LINE.test(text) && text.split(/\s+/u).length <= CREDIT_WORDS) return [];
  const credits = [...text.matchAll(CREDIT_PHRASE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  return capitalisedRuns(text, [...known, ...credits])
    .flatMap(splitAtAnd)
    .flatMap((run) => {
      const name = run.words.length > 0 ? nameOf(run, text, index, block.role) : null;
      return name ? [name] : [];
    });
}
