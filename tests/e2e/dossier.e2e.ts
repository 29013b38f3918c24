import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type ExtensionBrowser, launchBrowser } from './browsers';
import type { PageHandle } from './page-handle';
import { reopened, restartBackground } from './restart-background';

interface Stance {
  actorId: string;
  proposalId: string;
}
const starter = JSON.parse(
  readFileSync(new URL('../../public/starter-pack.json', import.meta.url), 'utf8'),
) as {
  stances: Stance[];
};
/** Actor × proposal pairs the starter pack states a position for: one matrix cell each. */
const PAIRS = new Set(starter.stances.map((stance) => `${stance.actorId}/${stance.proposalId}`)).size;

/** Dossier page: the accessible names of the matrix cells that hold stances: their text, hidden parts included. */
function cellLabels(): string[] {
  return [...document.querySelectorAll('.fl-matrix-cell')].map(
    (cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );
}

/** Dossier page: the matrix cell of Macron on the UN-led mission, which the starter pack says he considers. */
function macronOnMission(): string {
  const labels = [...document.querySelectorAll('.fl-matrix-cell')].map(
    (cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );
  return labels.find((label) => label.startsWith('Emmanuel Macron on UN-led mission for Ukraine')) ?? '';
}

/**
 * Extension page (it shares the background's database): whether the kept stance matrix is of the stored version,
 * and with `alter`, its Macron-on-mission step rewritten as "opposes", which no record says. Self-contained, as the
 * browser runs it in the page.
 */
function keptMatrix(alter: boolean): Promise<{ current: boolean; altered: boolean }> {
  type Part = {
    version: number;
    cells: { actorId: string; proposal: { id: string }; steps: { position: string }[] }[];
  };
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('fact-linker');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['meta', 'kept-matrix'], alter ? 'readwrite' : 'readonly');
      const version = tx.objectStore('meta').get('version');
      const found = { current: false, altered: false };
      tx.objectStore('kept-matrix').openCursor().onsuccess = (event) => {
        const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
        if (!cursor) return;
        const part = cursor.value as Part;
        if (cursor.key === 0) found.current = part.version === (version.result ?? 0);
        const cell = part.cells.find(
          (each) => each.actorId === 'macron' && each.proposal.id === 'un-mission',
        );
        if (alter && cell?.steps[0]) {
          cell.steps[0].position = 'opposes';
          found.altered = true;
          cursor.update(part);
        }
        cursor.continue();
      };
      tx.oncomplete = () => {
        db.close();
        resolve(found);
      };
    };
  });
}

/** Dossier page: the heading of the stance history open now, if any. */
function openHistory(): string {
  return document.querySelector('.fl-history-panel h2')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s dossier', (name) => {
  let ext: ExtensionBrowser;
  let dossier: PageHandle;

  beforeAll(async () => {
    ext = await launchBrowser(name);
    dossier = await ext.openExtensionPage('dossier.html#matrix');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it("shows the starter pack's stances in the actor × proposal matrix, each cell opening its history", async () => {
    await expect.poll(() => dossier.evaluate(cellLabels, null), { timeout: 15_000 }).toHaveLength(PAIRS);
    const labels = await dossier.evaluate(cellLabels, null);
    const macron = labels.find((label) => label.startsWith('Emmanuel Macron on UN-led mission for Ukraine'));
    expect(macron).toMatch(/: considers /);
    await dossier.evaluate((label) => {
      const cell = [...document.querySelectorAll<HTMLElement>('.fl-matrix-cell')].find(
        (button) => button.textContent?.replace(/\s+/g, ' ').trim() === label,
      );
      cell?.click();
    }, macron ?? '');
    await expect
      .poll(() => dossier.evaluate(openHistory, null), { timeout: 5_000 })
      .toBe('Emmanuel Macron on UN-led mission for Ukraine');
  });
});

describe.each<BrowserName>(['chromium', 'firefox'])('%s dossier after its background restarts', (name) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchBrowser(name);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('shows the stance matrix as the background kept it, without building it again', async () => {
    const first = await ext.openExtensionPage('dossier.html#matrix');
    await expect
      .poll(() => first.evaluate(macronOnMission, null), { timeout: 15_000 })
      .toMatch(/: considers /);
    await expect
      .poll(async () => (await first.evaluate(keptMatrix, false)).current, { timeout: 10_000 })
      .toBe(true);
    expect(await first.evaluate(keptMatrix, true)).toEqual({ current: true, altered: true });
    await restartBackground(ext, first);
    const again = await reopened(ext, 'dossier.html#matrix');
    await expect.poll(() => again.evaluate(macronOnMission, null), { timeout: 15_000 }).toMatch(/: opposes /);
  });
});
