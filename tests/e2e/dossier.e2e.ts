import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type ExtensionBrowser, launchBrowser } from './browsers';
import type { PageHandle } from './page-handle';

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
