import type { PageHandle } from './page-handle';
import { act, type PopupAction, popupText, readDownloads } from './popup-probes';
import { HIGHLIGHT_NAMES, readHighlights, readKnowledgeBase } from './probes';

/** Node side of the popup suite: steps composed from the in-page probes, so tests read as what a reader does. */
export async function run(page: PageHandle, ...actions: PopupAction[]): Promise<void> {
  for (const action of actions) await page.evaluate(act, action);
}

/** Waits until the page (or only its alert or status regions) shows `text`, whitespace collapsed; says what it showed instead. */
export async function waitText(page: PageHandle, text: string, where: Region = 'body'): Promise<void> {
  try {
    await page.waitFor(
      ({ text, where }) => {
        const regions = { alert: '[role="alert"]', status: '[role="status"]', body: 'body' };
        const found = [...document.querySelectorAll(regions[where])].map((element) => element.textContent);
        return found.join(' ').replace(/\s+/g, ' ').includes(text);
      },
      { text, where },
      10_000,
    );
  } catch (error) {
    const seen = (await page.evaluate(popupText, null))[where].replace(/\s+/g, ' ');
    throw new Error(`"${text}" never showed in ${where}; it read: ${seen.slice(-700)}`, { cause: error });
  }
}

type Region = 'alert' | 'status' | 'body';

/** How many entries IndexedDB holds, read from an extension page. */
export async function entryCount(page: PageHandle): Promise<number> {
  return (await page.evaluate(readKnowledgeBase, null))?.counts.entries ?? 0;
}

/** Clicks "Export all" and returns the captured download (see captureDownloads). */
export async function exportAll(page: PageHandle): Promise<{ name: string; text: string }> {
  const before = (await page.evaluate(readDownloads, null)).length;
  await run(page, { click: 'Import / export' }, { click: 'Export all' });
  await page.waitFor(
    (count) => (window as { __downloads?: unknown[] }).__downloads?.length === count + 1,
    before,
    10_000,
  );
  return (await page.evaluate(readDownloads, null)).at(-1)!;
}

/** The text of every highlighted range on a web page. */
export async function highlighted(page: PageHandle): Promise<string[]> {
  return (await page.evaluate(readHighlights, HIGHLIGHT_NAMES)).map((range) => range.text);
}
