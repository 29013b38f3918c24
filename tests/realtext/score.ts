/** A mention as both the annotations and the matcher give it: which entry, where (block and UTF-16 span). */
export interface Span {
  entry: string;
  block: number;
  start: number;
  end: number;
}

/** How many spans were expected, found, and found right: a found span is right when it overlaps an expected one of the same entry. */
export interface Tally {
  expected: number;
  found: number;
  /** Expected spans that some found span hit. */
  recalled: number;
  /** Found spans that hit some expected span. */
  correct: number;
}

/** An empty tally, to add pages into. */
export const NO_TALLY: Tally = { expected: 0, found: 0, recalled: 0, correct: 0 };

const overlaps = (a: Span, b: Span): boolean =>
  a.entry === b.entry && a.block === b.block && a.start < b.end && b.start < a.end;

/**
 * Scores one page leniently on span (an overlap counts, so "Sir Keir Starmer" found as "Keir Starmer" is right) and
 * strictly on entry (the right words for the wrong entry are both a miss and a false hit).
 */
export function scorePage(expected: readonly Span[], found: readonly Span[]): Tally {
  return {
    expected: expected.length,
    found: found.length,
    recalled: expected.filter((e) => found.some((f) => overlaps(e, f))).length,
    correct: found.filter((f) => expected.some((e) => overlaps(e, f))).length,
  };
}

/** Adds two tallies. */
export function addTally(a: Tally, b: Tally): Tally {
  return {
    expected: a.expected + b.expected,
    found: a.found + b.found,
    recalled: a.recalled + b.recalled,
    correct: a.correct + b.correct,
  };
}

/** Recall and precision of a tally, as fractions (1 where nothing was expected or found). */
export function rates(tally: Tally): { recall: number; precision: number } {
  return {
    recall: tally.expected === 0 ? 1 : tally.recalled / tally.expected,
    precision: tally.found === 0 ? 1 : tally.correct / tally.found,
  };
}
