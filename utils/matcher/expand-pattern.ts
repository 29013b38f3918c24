import { isPattern, type PatternChoice, type PatternSequence, parsePattern } from './alias-pattern';

/**
 * Most phrases one alias may expand to. Each phrase is a key of the automaton on every page, and a few nested
 * choices multiply quickly: `{a|b}` six times over is already 64.
 */
export const MAX_PHRASES = 64;

/**
 * An alias's phrases, or why it has none (`syntax`: not a pattern; `size`: past MAX_PHRASES); `pattern` tells
 * whether its text used the syntax at all.
 */
export type Expansion =
  | { ok: true; pattern: boolean; phrases: string[] }
  | { ok: false; pattern: true; problem: 'syntax' | 'size'; message: string };

/** Whitespace a phrase must have made even: a run, an end, or any but a plain space (most phrases have none). */
const UNEVEN_SPACE = /\s\s|^\s|\s$|[^\S ]/;

/** How many phrases a sequence stands for, duplicates included, without writing them out. */
function countOf(sequence: PatternSequence): number {
  let count = 1;
  for (const node of sequence) if (typeof node !== 'string') count *= choiceCount(node);
  return count;
}

function choiceCount(choice: PatternChoice): number {
  let count = 0;
  for (const option of choice.options) count += countOf(option);
  return count;
}

/** Every text a sequence stands for, in reading order: options left to right, an optional part present first. */
function textsOf(sequence: PatternSequence): string[] {
  let texts = [''];
  for (const node of sequence) {
    if (typeof node === 'string') {
      for (let i = 0; i < texts.length; i++) texts[i] += node;
      continue;
    }
    const tails: string[] = [];
    for (const option of node.options) for (const tail of textsOf(option)) tails.push(tail);
    const next: string[] = [];
    for (const head of texts) for (const tail of tails) next.push(head + tail);
    texts = next;
  }
  return texts;
}

/**
 * The phrases an alias's text matches: the text itself when it uses no syntax; otherwise every expansion of the
 * pattern with each run of spaces made one and the ends trimmed, so `the [European ]force` gives "the European
 * force" and "the force", never a double space; phrases written twice are kept once. More than MAX_PHRASES
 * expansions, or text that is not a pattern, is an error naming the problem.
 */
export function expandPattern(text: string): Expansion {
  if (!isPattern(text)) return { ok: true, pattern: false, phrases: [text] };
  const parsed = parsePattern(text);
  if (!parsed.ok) return { ok: false, pattern: true, problem: 'syntax', message: parsed.message };
  const count = countOf(parsed.sequence);
  if (count > MAX_PHRASES) {
    const shown = count > 1e6 ? 'over a million' : count.toLocaleString('en');
    return {
      ok: false,
      pattern: true,
      problem: 'size',
      message: `expands to ${shown} phrases (at most ${MAX_PHRASES}): split it into several aliases`,
    };
  }
  const phrases = new Set<string>();
  for (const text of textsOf(parsed.sequence)) {
    phrases.add(UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text);
  }
  return { ok: true, pattern: true, phrases: [...phrases] };
}

/** The phrases of an alias for the matcher: none for a pattern in error, which validation never lets be stored. */
export function phrasesOf(text: string): string[] {
  const expansion = expandPattern(text);
  return expansion.ok ? expansion.phrases : [];
}
