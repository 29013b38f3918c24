/**
 * A parsed alias pattern: a sequence of literal text and choices. `[x]` parses as a choice of `x` or nothing, so
 * there is one node kind to expand.
 */
export type PatternSequence = (string | PatternChoice)[];

/** `{a|b}` (or `[a|b]`, whose last option is empty): one of several sequences. */
export interface PatternChoice {
  options: PatternSequence[];
}

/** A parsed pattern, or why the text is not one, with the 1-based character it concerns. */
export type ParsedPattern = { ok: true; sequence: PatternSequence } | { ok: false; message: string };

/** Characters with a meaning in a pattern; each is written literally with a backslash before it. */
const SYNTAX = /[\\{}[\]|]/;
const SYNTAX_ALL = /[\\{}[\]|]/g;
const CLOSER: Record<string, string> = { '{': '}', '[': ']' };
/** Deepest nesting of brackets: real phrasings need two or three levels, and expansion recurses once per level. */
export const MAX_DEPTH = 8;

/** Whether text uses pattern syntax at all: most aliases do not, and skip the parser. */
export function isPattern(text: string): boolean {
  return SYNTAX.test(text);
}

/** The pattern that matches text literally, so text written before patterns existed keeps its meaning. */
export function escapePattern(text: string): string {
  return text.replace(SYNTAX_ALL, '\\$&');
}

interface Open {
  bracket: '{' | '[';
  at: number;
  options: PatternSequence[];
}

/** Adds literal text to a sequence, joined to the literal before it. */
function pushText(sequence: PatternSequence, text: string): void {
  const last = sequence.length - 1;
  if (typeof sequence[last] === 'string') sequence[last] += text;
  else sequence.push(text);
}

/**
 * Reads the pattern grammar: `{a|b}` one of the options, `[a]` optional (`[a|b]` one of them or nothing), nested
 * up to MAX_DEPTH levels, `\` before `{ } [ ] | \` for the character itself. Every other character is literal. A
 * `|` outside brackets, a bracket left open or closing nothing, a stray `\`, brackets holding nothing and deeper
 * nesting are errors.
 */
export function parsePattern(text: string): ParsedPattern {
  const fail = (message: string, index: number): ParsedPattern => ({
    ok: false,
    message: `${message} (character ${index + 1})`,
  });
  const stack: Open[] = [];
  let current: PatternSequence = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\') {
      const next = text[i + 1];
      if (next === undefined || !SYNTAX.test(next)) return fail('\\ must come before one of { } [ ] | \\', i);
      pushText(current, next);
      i++;
    } else if (char === '{' || char === '[') {
      if (stack.length === MAX_DEPTH) return fail(`brackets nest more than ${MAX_DEPTH} deep`, i);
      stack.push({ bracket: char, at: i, options: [current] });
      current = [];
    } else if (char === '|') {
      const open = stack.at(-1);
      if (!open) return fail('| separates options only inside { } or [ ]', i);
      open.options.push(current);
      current = [];
    } else if (char === '}' || char === ']') {
      const open = stack.pop();
      if (!open) return fail(`${char} closes no bracket`, i);
      if (CLOSER[open.bracket] !== char)
        return fail(`${open.bracket} at character ${open.at + 1} is closed by ${char}`, i);
      const [outer, ...options] = [...open.options, current];
      if (options.every((option) => option.length === 0))
        return fail(`${open.bracket}${char} holds nothing`, open.at);
      if (open.bracket === '[') options.push([]);
      current = outer!;
      current.push({ options });
    } else pushText(current, char);
  }
  const open = stack.pop();
  if (open) return fail(`${open.bracket} is never closed`, open.at);
  return { ok: true, sequence: current };
}
