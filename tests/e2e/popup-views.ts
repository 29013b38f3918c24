import { readFileSync } from 'node:fs';
import type { PageHandle } from './page-handle';
import { axeViolations, type PopupAction } from './popup-probes';
import { run, waitText } from './popup-steps';

const STARTER = readFileSync(new URL('../../public/starter-pack.json', import.meta.url), 'utf8');

/** Every view of the popup a reader reaches, as the steps that reach it from the one before and a text it shows. */
export const POPUP_VIEWS: [view: string, steps: PopupAction[], ready: string][] = [
  ['On this page', [{ click: 'On this page' }], 'No known actors'],
  ['Entries', [{ click: 'Entries' }], 'New entry'],
  ['Editor', [{ fill: 'Search entries', value: 'guterres' }, { click: 'António Guterres' }], 'Edit António'],
  ['New entry', [{ click: 'Cancel' }, { click: 'New entry' }, { click: 'Save' }], 'Fix the'],
  ['Import / export', [{ click: 'Import / export' }], 'Import a pack'],
  ['Import error', [{ pick: { name: 'bad.json', text: '{}' } }], 'be imported:'],
  ['Import preview', [{ pick: { name: 'starter.json', text: STARTER } }], 'How to import'],
  ['Settings', [{ click: 'Settings' }], 'Re-install the bundled starter pack'],
  ['Re-install preview', [{ click: 'Re-install the bundled starter pack' }], 'Starter pack: Ukraine'],
  ['Packs', [{ click: 'Packs' }], 'Highlight its entries'],
];

/** Walks a popup page (with axe-core injected) through every view; returns each view's axe violations. */
export async function popupViolations(page: PageHandle): Promise<Record<string, unknown[]>> {
  const found: Record<string, unknown[]> = {};
  for (const [view, steps, ready] of POPUP_VIEWS) {
    await run(page, ...steps);
    await waitText(page, ready);
    found[view] = await page.evaluate(axeViolations, null);
  }
  return found;
}
