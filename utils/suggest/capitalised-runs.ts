import { CONNECTORS } from './name-words';
import type { Span } from './types';

/** One word of a run, with where it stands in its block. */
export interface RunWord {
  text: string;
  start: number;
  end: number;
}

/** A stretch of capitalised words that may be a name, and whether it opens a sentence. */
export interface Run {
  words: RunWord[];
  initial: boolean;
}

/** A word: letters or digits, joined by hyphens and apostrophes ("Ferrand-Prevot", "O’Brien", "Ukraine’s"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/u;
const SENTENCE_BREAK = /[.!?:;“"«—–]|\s-\s/u;
/** Capitals past this length are shouting ("BREAKING", "FOLLOW"), not an acronym. */
const LONGEST_ACRONYM = 5;
/** Masked text is replaced by this, so that runs stop at a known name without a sentence starting there. */
const MASK = '\u0001';

/** A word that can be part of a name: capitalised (any script), or a short acronym; never shouting. */
function capitalised(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const letters = word.replace(/[^\p{L}]/gu, '');
  return !(letters.length > LONGEST_ACRONYM && letters === letters.toUpperCase());
}

/** The block with every known stretch blanked out, offsets kept. */
function masked(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const span of spans) {
    out = out.slice(0, span.start) + MASK.repeat(span.end - span.start) + out.slice(span.end);
  }
  return out;
}

/**
 * Cuts a block into runs of capitalised words joined by spaces and by connectors ("of", "the", "am"), stopping at
 * punctuation, at a possessive ("Russia’s"), and at the known names in `known`. A run's first word is `initial`
 * when it opens the block or a sentence (or a quotation), where capitals prove nothing.
 */
export function capitalisedRuns(text: string, known: readonly Span[]): Run[] {
  const source = masked(text, known);
  const runs: Run[] = [];
  let current: RunWord[] = [];
  let pending: RunWord[] = [];
  let initial = false;
  let previousEnd = 0;
  let closed = true;
  const close = () => {
    if (current.length > 0) runs.push({ words: current, initial });
    current = [];
    pending = [];
  };
  for (const match of source.matchAll(WORD)) {
    const start = match.index;
    const gap = source.slice(previousEnd, start);
    const opensSentence = previousEnd === 0 || SENTENCE_BREAK.test(gap);
    if (closed || !/^\s+$/u.test(gap)) close();
    const raw = match[0];
    const possessive = POSSESSIVE.test(raw);
    const word = possessive ? raw.replace(POSSESSIVE, '') : raw;
    previousEnd = start + raw.length;
    closed = possessive;
    if (capitalised(word)) {
      if (current.length === 0) initial = opensSentence;
      current.push(...pending, { text: word, start, end: start + word.length });
      pending = [];
    } else if (current.length > 0 && CONNECTORS.has(word)) {
      pending.push({ text: word, start, end: start + word.length });
    } else {
      close();
    }
  }
  close();
  return runs;
}
