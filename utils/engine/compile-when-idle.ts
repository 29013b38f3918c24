import { type Matcher, matcherSteps } from '@/utils/matcher';
import type { AliasRecord } from '@/utils/model';
import { IdleLoop, type RequestIdle } from './idle-loop';

/**
 * Compiles a matcher in idle slices, a few milliseconds of building each, so even a 30,000-alias knowledge
 * base never blocks the page; `onReady` gets the matcher. Returns a cancel function that abandons the build,
 * for when a newer knowledge base arrives or the session stops.
 */
export function compileWhenIdle(
  records: readonly AliasRecord[],
  requestIdle: RequestIdle,
  onReady: (matcher: Matcher) => void,
): () => void {
  const steps = matcherSteps(records);
  const loop = new IdleLoop(
    () => {
      const result = steps.next();
      if (!result.done) return true;
      onReady(result.value);
      return false;
    },
    { requestIdle },
  );
  loop.wake();
  return () => loop.destroy();
}
