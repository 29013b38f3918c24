import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dump, freshKb } from '@/tests/helpers/kb-records';
import { minimalPack, STAMP, validPack } from '@/tests/helpers/minimal-pack';
import type { ImportPreview } from '@/utils/import-preview';
import type { ImportMode } from '@/utils/pack';
import { chunkPack } from '@/utils/pack-chunks';
import { MAX_ERRORS } from '@/utils/schema/issues';
import type { Kb } from '@/utils/store/kb';
import { exportPack, importPack, restoreStarter } from '@/utils/store/pack-io';
import { createImportHandlers } from './import-handlers';

const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

let kb: Kb;
beforeEach(async () => {
  kb = await freshKb();
});
afterEach(() => kb.close());

/** Stages a pack's text through the handlers as the popup sends it; returns the handlers and the import's id. */
async function stage(text: string) {
  const handlers = createImportHandlers(async () => kb);
  const split = chunkPack(text);
  if (!split.ok) throw new Error('not a pack');
  const { head, counts, chunks } = split.value;
  const { importId } = await handlers['kb.importBegin']({ head, counts }, popup);
  for (const chunk of chunks) await handlers['kb.importChunk']({ importId, ...chunk }, popup);
  return { handlers, importId };
}

/** What the staged pack would do, then what committing it does (or the refusal's message). */
async function previewThenCommit(text: string, mode: ImportMode) {
  const { handlers, importId } = await stage(text);
  const preview = await handlers['kb.importPreview']({ importId }, popup);
  const committed = await handlers['kb.importCommit']({ importId, mode }, popup).catch(
    (error: Error) => error.message,
  );
  return { preview, committed };
}

function counts(preview: ImportPreview): Record<string, number> {
  const byStatus: Record<string, number> = {};
  for (const item of preview.items) byStatus[item.status] = (byStatus[item.status] ?? 0) + 1;
  return byStatus;
}

describe('the staged import handlers', () => {
  it('preview and refuse alike a pack with more bad entries than are listed: all 55 invalid, nothing imported', async () => {
    const template = minimalPack().entries[3]!;
    const entries = Array.from({ length: 55 }, (_, i) => ({ ...template, id: `bad-${i}`, name: '' }));
    const text = JSON.stringify({ ...minimalPack(), entries, facts: [], stances: [] });
    const before = await dump(kb);
    const { preview, committed } = await previewThenCommit(text, 'merge');
    expect(counts(preview)).toEqual({ invalid: 55 });
    expect(preview.items.at(-1)).toMatchObject({
      id: 'bad-54',
      reason: 'entries[54].name: must not be empty',
    });
    const lines = String(committed).split('\n');
    expect(lines[0]).toBe('The pack was not imported:');
    expect(lines).toHaveLength(1 + MAX_ERRORS + 1);
    expect(lines.at(-1)).toBe(`…and ${55 - MAX_ERRORS} more`);
    expect(await dump(kb)).toEqual(before);
  });

  it('preview the stored records as the commit then writes them', async () => {
    const pack = minimalPack();
    await importPack(kb, { ...pack, entries: pack.entries.slice(0, 2), facts: [], stances: [] }, 'merge');
    const changed = { ...pack.entries[0]!, role: 'President', updatedAt: STAMP + 1 };
    const text = JSON.stringify({ ...pack, entries: [changed, ...pack.entries.slice(1)] });
    const { preview, committed } = await previewThenCommit(text, 'merge');
    expect(counts(preview)).toEqual({ updated: 1, unchanged: 1, new: 4 });
    expect(committed).toMatchObject({ added: 4, updated: 1, unchanged: 1, removed: 0 });
  });

  it('round-trip an export through a replace unchanged', async () => {
    await restoreStarter(kb, validPack(readFileSync('public/starter-pack.json', 'utf8'), 0));
    const exported = await exportPack(kb, null, new Date(0));
    const { committed } = await previewThenCommit(JSON.stringify(exported), 'replace');
    expect(committed).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(await exportPack(kb, null, new Date(0))).toEqual(exported);
  });
});
