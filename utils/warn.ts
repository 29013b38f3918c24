/**
 * Logs an error Fact Linker recovers from (a lost message, a card that did not load), under its name, so a reader
 * of the page's console can tell it is ours and nothing else stops.
 */
export function warn(error: unknown): void {
  console.warn('Fact Linker:', error);
}
