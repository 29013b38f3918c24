import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dump, freshKb } from '@/tests/helpers/kb-records';
import { minimalPack, STAMP } from '@/tests/helpers/minimal-pack';
import { previewText } from '@/tests/helpers/preview-text';
import type { ImportPreview } from '@/utils/import-preview';
import { issueMessages, MAX_ERRORS } from '@/utils/schema/issues';
import type { Kb } from './kb';
import { importPack } from './pack-io';
import { importPackText } from './pack-text';
import { readAll } from './read-all';

const NOW = Date.UTC(2030, 0, 1);

let kb: Kb;
beforeEach(async () => {
  kb = await freshKb();
});
afterEach(() => kb.close());

/** The preview of a pack's text against the stored records, as the popup shows it before an import. */
async function previewPack(text: string): Promise<ImportPreview> {
  const preview = previewText(text, await kb.read(readAll), NOW);
  if (!preview.ok) throw new Error(issueMessages(preview.issues).join('\n'));
  return preview.value;
}

function counts(preview: ImportPreview): Record<string, number> {
  const byStatus: Record<string, number> = {};
  for (const item of preview.items) byStatus[item.status] = (byStatus[item.status] ?? 0) + 1;
  return byStatus;
}

describe('importPackText and the preview', () => {
  it('agree on a pack with more bad entries than are listed: all 55 invalid, none new, nothing imported', async () => {
    const template = minimalPack().entries[3]!;
    const entries = Array.from({ length: 55 }, (_, i) => ({ ...template, id: `bad-${i}`, name: '' }));
    const text = JSON.stringify({ ...minimalPack(), entries, facts: [], stances: [] });
    const preview = await previewPack(text);
    expect(counts(preview)).toEqual({ invalid: 55 });
    expect(preview.items.at(-1)).toMatchObject({
      id: 'bad-54',
      reason: 'entries[54].name: must not be empty',
    });
    const before = await dump(kb);
    const refused = await importPackText(kb, text, 'merge', NOW).catch((error: Error) => error.message);
    const lines = String(refused).split('\n');
    expect(lines[0]).toBe('The pack was not imported:');
    expect(lines).toHaveLength(1 + MAX_ERRORS + 1);
    expect(lines.at(-1)).toBe(`…and ${55 - MAX_ERRORS} more`);
    expect(await dump(kb)).toEqual(before);
  });

  it('preview the stored records as the import then writes them', async () => {
    const pack = minimalPack();
    await importPack(kb, { ...pack, entries: pack.entries.slice(0, 2), facts: [], stances: [] }, 'merge');
    const changed = { ...pack, entries: [{ ...pack.entries[0]!, role: 'President', updatedAt: STAMP + 1 }] };
    const text = JSON.stringify({ ...changed, entries: [...changed.entries, ...pack.entries.slice(1)] });
    expect(counts(await previewPack(text))).toEqual({ updated: 1, unchanged: 1, new: 4 });
    expect(await importPackText(kb, text, 'merge', NOW)).toMatchObject({
      added: 4,
      updated: 1,
      unchanged: 1,
      removed: 0,
    });
  });

  it('refuse a file that is not a pack, naming why', async () => {
    await expect(importPackText(kb, '{"format": ', 'merge', NOW)).rejects.toThrow(/Not JSON/);
    await expect(importPackText(kb, '[]', 'merge', NOW)).rejects.toThrow(
      'The pack was not imported:\nPack must be a JSON object',
    );
  });
});
