/**
 * A loader for a view that asks the background again whenever an event says its data changed: each call of the
 * returned function asks anew, and only the latest answer (or failure) reaches the view, so a slow older answer
 * never overwrites a newer one, and nothing does once `signal` aborts (the view closed).
 */
export function latestAnswer<T>(
  ask: () => Promise<T>,
  onAnswer: (answer: T) => void,
  onFailure: () => void,
  signal: AbortSignal,
): () => void {
  let latest = 0;
  return () => {
    const ticket = ++latest;
    const fresh = () => !signal.aborted && ticket === latest;
    ask().then(
      (answer) => fresh() && onAnswer(answer),
      () => fresh() && onFailure(),
    );
  };
}
