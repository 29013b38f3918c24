import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ImportGraph, importGraph } from '@/tests/helpers/import-graph';
import { CALLS, type CallName } from '@/utils/protocol/calls';

const root = join(import.meta.dirname, '../..');
const page = importGraph(join(root, 'entrypoints/page/index.ts'), root);
const popoverCode = importGraph(join(root, 'entrypoints/popover-host/index.ts'), root);

/** Code for the popup, the background, the popover frame's card or the store, which no page should evaluate. */
const ELSEWHERE = [
  'utils/protocol/calls',
  'utils/store/',
  'utils/schema/',
  'utils/i18n/',
  'utils/subscribe/',
  'utils/dossier/',
  'utils/suggest/',
  'components/',
  'entrypoints/popup/',
  'entrypoints/background/',
  'entrypoints/popover/',
];

const carriedFromElsewhere = (graph: ImportGraph) =>
  graph.files.filter((file) => ELSEWHERE.some((folder) => file.startsWith(folder)));
const buildingIntl = (graph: ImportGraph) =>
  graph.files.filter((file) => /\bIntl\./.test(readFileSync(join(root, file), 'utf8')));

/** The requests a graph's files send with `call`. */
function callsMade(graph: ImportGraph): string[] {
  const names = graph.files.flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/\bcall\(\s*'([\w.]+)'/g)].map((match) => match[1]!),
  );
  return [...new Set(names)].sort();
}

// The page script runs on every page the reader opens, so what it carries is paid for on every load (issue 11).
describe('the page script bundle', () => {
  it('carries only valibot for its checks and the browser API', () => {
    expect(page.packages).toEqual(['valibot', 'wxt/browser']);
  });

  it("carries none of the popover's code, which it imports once a page has a mention and a reader, but the loader and the reader's notes", () => {
    const popoverFiles = page.files.filter(
      (file) => file.startsWith('entrypoints/popover-host/') || file.startsWith('utils/engine/popover/'),
    );
    expect(popoverFiles.sort()).toEqual([
      'utils/engine/popover/popover-code.ts',
      'utils/engine/popover/reader-presence.ts',
      'utils/engine/popover/resting-pointer.ts',
    ]);
  });

  it('carries no request map (the router checks replies), store, language, popup, background or frame card code', () => {
    expect(carriedFromElsewhere(page)).toEqual([]);
  });

  it('builds no Intl object: dates and numbers are formatted in the popover frame', () => {
    expect(buildingIntl(page)).toEqual([]);
  });

  it('never touches extension storage: its settings come from the background', () => {
    const touching = (graph: ImportGraph) =>
      graph.files.filter((file) => /\.storage\b/.test(readFileSync(join(root, file), 'utf8')));
    expect(touching(page)).toEqual([]);
    expect(touching(popoverCode)).toEqual([]);
  });

  it('sends only requests the router accepts from a page', () => {
    const made = callsMade(page);
    expect(made).toEqual(['kb.cards', 'kb.matcher', 'page.report', 'page.settings', 'ui.frameTicket']);
    for (const name of made) expect(['page', 'any']).toContain(CALLS[name as CallName].from);
  });

  it("has the popover's code place cards with floating-ui, and reach the background only through the page script", () => {
    expect(popoverCode.packages).toEqual(['@floating-ui/dom', 'valibot']);
    expect(callsMade(popoverCode)).toEqual([]);
    expect(carriedFromElsewhere(popoverCode)).toEqual([]);
    expect(buildingIntl(popoverCode)).toEqual([]);
  });

  it('would catch the popover frame, which renders cards with Preact, the catalog and Intl dates', () => {
    const frame = importGraph(join(root, 'entrypoints/popover/main.ts'), root);
    expect(frame.packages).toContain('preact');
    expect(carriedFromElsewhere(frame)).toEqual(expect.arrayContaining(['utils/i18n/t.ts']));
    expect(buildingIntl(frame)).not.toEqual([]);
  });
});
