// Functions the end-to-end runs evaluate inside pages; each is serialised on its own, so it uses nothing here.

/**
 * Page context, before any of the page's own scripts: checks in every animation frame whether any highlight
 * holds a range, and keeps the time of the first frame that finds one (so up to one frame late, 16.7 ms at
 * 60 Hz); the registry is the document's, so the page sees what the extension's isolated script registers.
 */
export function watchFirstHighlight() {
  const scope = /** @type {any} */ (window);
  const poll = () => {
    for (const highlight of CSS.highlights.values()) {
      if (highlight.size > 0) {
        scope.__firstHighlightAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/**
 * Page context: the navigation's milestones and the first highlight (null when none was seen), in ms from
 * the navigation's start.
 * @returns {{ domContentLoaded: number, load: number, firstHighlight: number | null }}
 */
export function pageTimes() {
  const [navigation] = /** @type {PerformanceNavigationTiming[]} */ (
    performance.getEntriesByType('navigation')
  );
  return {
    domContentLoaded: navigation?.domContentLoadedEventStart ?? Number.NaN,
    load: navigation?.loadEventEnd ?? Number.NaN,
    firstHighlight: /** @type {any} */ (window).__firstHighlightAt ?? null,
  };
}

/**
 * Extension page: records the address of every page report a content script sends (runtime messages reach every
 * extension page, and this listener answers none), so the bench knows when a page's first scan has settled.
 */
export function listenForReports() {
  const scope = /** @type {any} */ (globalThis);
  const api = scope.browser ?? scope.chrome;
  scope.__reported = [];
  api.runtime.onMessage.addListener((message) => {
    if (message?.type === 'page.report') scope.__reported.push(String(message.payload?.url));
  });
}

/**
 * Extension page: whether a page at `url` has reported since `since` reports were counted.
 * @param {{ url: string, since: number }} arg
 */
export function hasReported({ url, since }) {
  const reported = /** @type {string[]} */ (/** @type {any} */ (globalThis).__reported ?? []);
  return reported.slice(since).includes(url);
}

/** Extension page: how many page reports were heard so far. */
export function reportCount() {
  return /** @type {any} */ (globalThis.__reported ?? []).length;
}
