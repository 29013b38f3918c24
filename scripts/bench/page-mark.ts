/** The per-match callbacks we give mark.js: the filter enforces the cap, `each` counts marks. */
interface Hooks {
  filter(): boolean;
  each(): void;
}

/** The part of mark.js's API we call. */
interface MarkInstance {
  markRegExp(regexp: RegExp, options: Hooks & { acrossElements: boolean }): void;
  mark(keywords: string[], options: Hooks & Record<string, unknown>): void;
}

/** What marking the page with mark.js cost. */
export interface MarkResult {
  /** Compiling the regular expression (markRegExp only), kept apart as our automaton's build is. */
  compileMs: number;
  ms: number;
  marks: number;
  /** True when the time cap stopped it: `ms` is then a lower bound. */
  capped: boolean;
}

/** Thrown from mark.js's per-match filter to stop a run that passed its cap. */
class CapReached extends Error {}

/** mark.js on the body, from the global its script defines. */
function markBody(): MarkInstance {
  const Mark = (window as unknown as { Mark: new (context: Element) => MarkInstance }).Mark;
  return new Mark(document.body);
}

/** Times one mark.js call, stopping it at the first match after `capMs`. */
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
  return { compileMs: 0, ms: performance.now() - start, marks, capped };
}

/** A subject long enough that V8 compiles a regular expression to native code on its first run. */
const WARM_UP = ' '.repeat(1100);

/**
 * Marks every alias with mark.js in one markRegExp pass, its fastest path. The expression is compiled and
 * tiered up to native code first and timed apart; a never-matching branch with a fresh nonce keeps V8's
 * per-process regexp cache from handing a later page load an already compiled one.
 */
export function markPage(source: string, flags: string, capMs: number): MarkResult {
  const start = performance.now();
  const regexp = new RegExp(`(?:${source})|$^${Math.random().toString(36).slice(2)}`, flags);
  regexp.test(WARM_UP);
  regexp.lastIndex = 0;
  const compileMs = performance.now() - start;
  const marked = timed(capMs, (hooks) => markBody().markRegExp(regexp, { acrossElements: false, ...hooks }));
  return { ...marked, compileMs };
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
