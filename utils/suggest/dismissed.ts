/** Where the dismissed suggestions are kept in `browser.storage.local`: a list of fold keys, oldest first. */
export const DISMISSED_KEY = 'suggestions.dismissed';

/** The most names kept dismissed: past this the oldest dismissal lapses, so storage stays bounded. */
export const MAX_DISMISSED = 5_000;

/** The longest key kept: a suggestion's fold key is a name, never a paragraph. */
const LONGEST_KEY = 200;

/** The stored list as the popup uses it; anything malformed (another version, a hand edit) reads as none dismissed. */
export function readDismissed(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (key): key is string => typeof key === 'string' && key !== '' && key.length <= LONGEST_KEY,
  );
}

/** The list with `key` dismissed (moved to the end if it was already), the oldest dropped past the bound. */
export function withDismissed(list: readonly string[], key: string): string[] {
  return [...list.filter((each) => each !== key), key].slice(-MAX_DISMISSED);
}

/** The list with `key` offered again: what undo does. */
export function withoutDismissed(list: readonly string[], key: string): string[] {
  return list.filter((each) => each !== key);
}
