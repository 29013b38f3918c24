/** Where a new entry found on a page comes from: the selected name and the page it was read on. */
export interface Prefill {
  name: string;
  url: string;
  title: string;
}

/** What the popup opens on: an entry's editor, a new entry (maybe prefilled), or the default view. */
export type OpenRequest = { kind: 'entry'; id: string } | { kind: 'new'; prefill: Prefill } | null;

/** The popup page's URL, read once at start. */
export interface PopupRoute {
  /** Opened as a tab (`?view=tab`) for long edits: wider layout, and nothing closes the page. */
  wide: boolean;
  /** The tab "On this page" is about when the popup was moved into a tab (`?from=<id>`), else null. */
  fromTab: number | null;
  open: OpenRequest;
}

const LIMITS = { id: 80, name: 200, title: 300, url: 2048 } as const;

function tabIdOf(value: string | null): number | null {
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  return Number(value);
}

function openRequestOf(hash: string): OpenRequest {
  if (hash.startsWith('#entry=')) {
    let id: string;
    try {
      id = decodeURIComponent(hash.slice('#entry='.length));
    } catch {
      return null;
    }
    return id && id.length <= LIMITS.id ? { kind: 'entry', id } : null;
  }
  if (hash !== '#new' && !hash.startsWith('#new?')) return null;
  const params = new URLSearchParams(hash.slice('#new?'.length));
  const read = (key: keyof Prefill) => (params.get(key) ?? '').slice(0, LIMITS[key]);
  return {
    kind: 'new',
    prefill: { name: read('name').trim(), url: read('url').trim(), title: read('title').trim() },
  };
}

/**
 * Reads the popup's query and hash: `?view=tab[&from=<tab id>]`, then `#entry=<id>` to edit an entry or
 * `#new?name=…&url=…&title=…` to start a prefilled one (what the context menu opens).
 */
export function parseRoute(search: string, hash: string): PopupRoute {
  const query = new URLSearchParams(search);
  return {
    wide: query.get('view') === 'tab',
    fromTab: tabIdOf(query.get('from')),
    open: openRequestOf(hash),
  };
}

/** The URL that moves the popup into a tab, remembering which tab "On this page" is about. */
export function tabViewUrl(popupUrl: string, fromTab: number | null): string {
  return fromTab === null ? `${popupUrl}?view=tab` : `${popupUrl}?view=tab&from=${fromTab}`;
}
