import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { type BrowserName, type ExtensionBrowser, launchBrowser } from './browsers';
import { reportedIds } from './reported-ids';
import { reopened, restartBackground } from './restart-background';

/**
 * What the altered kept matcher names Macron: no entry has this id, so only the kept matcher's numbering can report
 * it. As long as "macron", though nothing depends on that now: the ids stay in the background, apart from the wire.
 */
const ALTERED = 'kept-0';

/**
 * Extension page (it shares the background's database): whether a page matcher is kept for the stored version, and
 * with `renameTo`, Macron's id in its entry numbering rewritten, so the number pages send for Macron reads as that
 * id. Self-contained, as the browser runs it in the page.
 */
function keptMatcher(renameTo: string | null): Promise<boolean> {
  type Kept = { matcher: { numbering: { ids: Uint8Array } } };
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('fact-linker');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['meta', 'kept-matcher'], renameTo ? 'readwrite' : 'readonly');
      let found = false;
      tx.objectStore('meta').get('version').onsuccess = (event) => {
        const version = (event.target as IDBRequest<number | undefined>).result ?? 0;
        const store = tx.objectStore('kept-matcher');
        store.get(version).onsuccess = (got) => {
          const kept = (got.target as IDBRequest<Kept | undefined>).result;
          if (!kept) return;
          const numbering = kept.matcher.numbering;
          const ids = new TextDecoder().decode(numbering.ids).split(' ');
          const at = ids.indexOf('macron');
          found = at >= 0;
          if (found && renameTo) {
            ids[at] = renameTo;
            numbering.ids = new TextEncoder().encode(ids.join(' '));
            store.put(kept, version);
          }
        };
      };
      tx.oncomplete = () => {
        db.close();
        resolve(found);
      };
    };
  });
}

describe.each<BrowserName>(['chromium', 'firefox'])(
  '%s page matcher after the background restarts',
  (name) => {
    let ext: ExtensionBrowser;
    let site: Awaited<ReturnType<typeof serve>>;

    beforeAll(async () => {
      ext = await launchBrowser(name);
      site = await serve();
    });
    afterAll(async () => {
      await ext?.close();
      await site?.close();
    });

    it('hands pages the matcher it kept, without compiling it again', async () => {
      const desk = await ext.openExtensionPage('paint.html');
      const first = await ext.openPage(site.url);
      await expect.poll(() => desk.evaluate(reportedIds, site.url), { timeout: 15_000 }).toContain('macron');
      await expect.poll(() => desk.evaluate(keptMatcher, null), { timeout: 10_000 }).toBe(true);
      expect(await desk.evaluate(keptMatcher, ALTERED)).toBe(true);
      await first.close();
      await restartBackground(ext, desk);
      const again = await reopened(ext, 'paint.html');
      await ext.openPage(site.url);
      await expect.poll(() => again.evaluate(reportedIds, site.url), { timeout: 15_000 }).toContain(ALTERED);
      expect(await again.evaluate(reportedIds, site.url)).not.toContain('macron');
    });
  },
);
