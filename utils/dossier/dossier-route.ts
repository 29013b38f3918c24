/** Which view of the dossier the page shows: the timeline (maybe about one entry), the matrix, or one entry's page. */
export type DossierRoute =
  | { view: 'timeline'; entryId: string | null }
  | { view: 'matrix' }
  | { view: 'entry'; id: string };

const MAX_ID = 80;

function idOf(encoded: string): string | null {
  let id: string;
  try {
    id = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  return id !== '' && id.length <= MAX_ID ? id : null;
}

/**
 * Reads the dossier's hash: `#matrix`, `#entry=<id>`, `#timeline?entry=<id>`; anything else, a malformed id
 * included, is the whole timeline. The hash keeps each view linkable, and Back returns to the view before.
 */
export function parseDossierHash(hash: string): DossierRoute {
  if (hash === '#matrix') return { view: 'matrix' };
  if (hash.startsWith('#entry=')) {
    const id = idOf(hash.slice('#entry='.length));
    if (id !== null) return { view: 'entry', id };
  }
  if (hash.startsWith('#timeline?entry=')) {
    const id = idOf(hash.slice('#timeline?entry='.length));
    if (id !== null) return { view: 'timeline', entryId: id };
  }
  return { view: 'timeline', entryId: null };
}

/** The hash of a view, what the dossier's links point at. */
export function dossierHref(route: DossierRoute): string {
  if (route.view === 'matrix') return '#matrix';
  if (route.view === 'entry') return `#entry=${encodeURIComponent(route.id)}`;
  return route.entryId === null ? '#timeline' : `#timeline?entry=${encodeURIComponent(route.entryId)}`;
}
