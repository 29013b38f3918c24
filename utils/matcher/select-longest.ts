/** Candidate hits in folded coordinates, as parallel arrays to keep huge pages cheap. */
export interface Candidates {
  start: number[];
  end: number[];
  record: number[];
}

/**
 * Keeps the leftmost-longest non-overlapping candidates: the earliest start wins, then the longest at that
 * start, then scanning resumes after it. Returns candidate indexes sorted by start.
 */
export function selectLongest(candidates: Candidates): number[] {
  const { start, end } = candidates;
  const order = Array.from(start.keys());
  order.sort((a, b) => start[a]! - start[b]! || end[b]! - end[a]!);
  const kept: number[] = [];
  let reached = 0;
  for (const i of order) {
    if (start[i]! < reached) continue;
    kept.push(i);
    reached = end[i]!;
  }
  return kept;
}
