import type { MentionSummary } from './protocol/shapes';

/**
 * Whether two tab reports say the same: the same entries, counts and first positions, in the same order. The
 * background announces only reports that differ, and the popup keeps its list when a reload brings no change.
 */
export function sameSummaries(a: readonly MentionSummary[], b: readonly MentionSummary[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const other = b[i];
      return m.id === other?.id && m.count === other.count && m.first === other.first;
    })
  );
}
