import type { Hit } from './compile-matcher';

/**
 * Entry ids with at least one unambiguous hit: the caller keeps a needsContext hit only when its entry is in
 * this set, so "Keir" alone is highlighted only on a page that also names "Keir Starmer".
 */
export function confirmedEntries(hits: Iterable<Hit>): Set<string> {
  const confirmed = new Set<string>();
  for (const hit of hits) if (!hit.needsContext) confirmed.add(hit.entryId);
  return confirmed;
}
