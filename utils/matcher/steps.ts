/** Work done in chunks: it yields between chunks, so a caller can spread it over idle slices, then returns. */
export type Steps<T> = Generator<void, T, void>;

/** Runs stepped work to its end at once, for callers that need the result now (tests, the bench, Node). */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const result = steps.next();
    if (result.done) return result.value;
  }
}
