/** The per-match callbacks we give the library: the filter enforces the cap, `each` counts marks. */
interface Hooks {
  filter(): boolean;
  each(): void;
}

/** The part of the libraries' API we call (advanced-mark.js keeps mark.js's). */
interface MarkInstance {
  markRegExp(regexp: RegExp, options: Hooks & { acrossElements: boolean }): void;
  mark(keywords: string[], options: Hooks & Record<string, unknown>): void;
}

/** What marking the page with a library cost. */
export interface MarkResult {
  /** Compiling the regular expression (markRegExp only), kept apart as our automaton's build is. */
  compileMs: number;
  /** Of which the first run on a one-byte and on a two-byte string, each a compile of its own. */
  oneByteMs: number;
  twoByteMs: number;
  ms: number;
  marks: number;
  /** True when the time cap stopped it: `ms` is then a lower bound. */
  capped: boolean;
}

/** Thrown from the per-match filter to stop a run that passed its cap. */
class CapReached extends Error {}

/** mark.js or advanced-mark.js on the body, from the global `Mark` its script defines. */
function markBody(): MarkInstance {
  const Mark = (window as unknown as { Mark: new (context: Element) => MarkInstance }).Mark;
  return new Mark(document.body);
}

/** Times one library call, stopping it at the first match after `capMs`. */
function timed(capMs: number, run: (hooks: Hooks) => void): MarkResult {
  const start = performance.now();
  const deadline = start + capMs;
  let marks = 0;
  let capped = false;
  try {
    run({
      filter: () => {
        if (performance.now() > deadline) throw new CapReached();
        return true;
      },
      each: () => {
        marks++;
      },
    });
  } catch (error) {
    if (!(error instanceof CapReached)) throw error;
    capped = true;
  }
  return { compileMs: 0, oneByteMs: 0, twoByteMs: 0, ms: performance.now() - start, marks, capped };
}

/** Subjects long enough that V8 compiles a regular expression to native code on its first run. */
const ONE_BYTE = ' '.repeat(1100);
/** V8 compiles a regular expression once per string encoding: a non-Latin-1 character makes this two-byte. */
const TWO_BYTE = `${ONE_BYTE}\u0100`;

/** Runs `regexp` once on `subject` and returns how long that took: a compile, the first time. */
function warm(regexp: RegExp, subject: string): number {
  const start = performance.now();
  regexp.test(subject);
  regexp.lastIndex = 0;
  return performance.now() - start;
}

/**
 * Marks every alias in one markRegExp pass, the fastest path of mark.js and of advanced-mark.js (whichever the
 * page was given as `Mark`). The expression is compiled to native code for both string encodings first and
 * timed apart, so the timed call never compiles; a never-matching branch with a fresh nonce keeps V8's
 * per-process regexp cache from handing a later page load an already compiled one.
 */
export function markPage(source: string, flags: string, capMs: number): MarkResult {
  const start = performance.now();
  const regexp = new RegExp(`(?:${source})|$^${Math.random().toString(36).slice(2)}`, flags);
  const oneByteMs = warm(regexp, ONE_BYTE);
  const twoByteMs = warm(regexp, TWO_BYTE);
  const compileMs = performance.now() - start;
  const marked = timed(capMs, (hooks) => markBody().markRegExp(regexp, { acrossElements: false, ...hooks }));
  return { ...marked, compileMs, oneByteMs, twoByteMs };
}

/** mark.js's documented keyword API (one walk of the document per keyword), to show why markRegExp is used. */
export function markKeywords(aliases: string[], capMs: number): MarkResult {
  const options = {
    separateWordSearch: false,
    accuracy: 'partially',
    diacritics: false,
    acrossElements: false,
  };
  return timed(capMs, (hooks) => markBody().mark(aliases, { ...options, ...hooks }));
}
