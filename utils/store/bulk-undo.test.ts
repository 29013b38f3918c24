import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { everything } from '@/tests/helpers/kb-everything';
import {
  alias,
  freshKb,
  makeEntry,
  makeFact,
  makePack,
  makeStance,
  NOTHING_LOADED,
} from '@/tests/helpers/kb-records';

import { PEACE_2025_PACK } from '@/utils/bundled-packs';
import { UNDO_MAX_CHARS } from '@/utils/undo-point';
import { undoBulk } from './bulk-undo';
import { listPacks, setPackEnabled } from './installed-packs';
import type { Kb } from './kb';
import { importPack } from './pack-io';

/** A test pack with its own title, which undo labels and installed packs go by. */
const titled = (title: string, records: Parameters<typeof makePack>[0]) => ({ ...makePack(records), title });

const stamp = { createdAt: 100, updatedAt: 200, rev: 3 };
const france = makeEntry('france', { kind: 'country', name: 'France', ...stamp });
const macron = makeEntry('macron', { name: 'Emmanuel Macron', affiliation: 'france', ...stamp });
const mission = makeEntry('mission', { kind: 'mission', name: 'Reassurance force', ...stamp });
const base = titled('Base', {
  entries: [france, macron, mission],
  facts: [makeFact('f1', ['macron'], stamp)],
  stances: [makeStance('s1', 'macron', 'mission', stamp)],
});
const later = { createdAt: 100, updatedAt: 900, rev: 5 };
const update = titled('Update', {
  entries: [
    { ...macron, role: 'President', ...later },
    makeEntry('merz', { name: 'Friedrich Merz', ...later }),
  ],
  facts: [makeFact('f2', ['merz'], later)],
});

let kb: Kb;
beforeEach(async () => {
  kb = await freshKb();
  await importPack(kb, base, 'merge');
  await kb.saveDraft({ entry: makeEntry('starmer'), facts: [], stances: [] }, null, NOTHING_LOADED);
});
afterEach(() => kb.close());

describe('undoBulk', () => {
  it('puts back exactly what a merge changed: records, origins and installed packs', async () => {
    const before = await everything(kb);
    const summary = await importPack(kb, update, 'merge');
    expect(summary).toMatchObject({ added: 2, updated: 1, kept: 0 });
    expect(summary.undo?.label).toBe('The import of “Update”');
    expect(await everything(kb)).not.toEqual(before);
    expect(await undoBulk(kb, summary.undo!.id)).toEqual(summary.undo);
    expect(await everything(kb)).toEqual(before);
  });

  it('puts back what a replace removed, and works only once', async () => {
    const before = await everything(kb);
    const alone = { ...update.entries[0]!, affiliation: null };
    const summary = await importPack(kb, { ...update, entries: [alone, update.entries[1]!] }, 'replace');
    expect(summary.removed).toBe(5);
    await undoBulk(kb, summary.undo!.id);
    expect(await everything(kb)).toEqual(before);
    await expect(undoBulk(kb, summary.undo!.id)).rejects.toThrow(/only the latest one can, once/);
    expect(await everything(kb)).toEqual(before);
  });

  it('refuses, changing nothing, once a record the write changed was edited since', async () => {
    const summary = await importPack(kb, update, 'merge');
    const draft = (await kb.draft('merz'))!;
    await kb.saveDraft({ ...draft, entry: { ...draft.entry, role: 'Chancellor' } }, 5, {
      facts: [{ id: 'f2', rev: 5 }],
      stances: [],
    });
    const edited = await everything(kb);
    await expect(undoBulk(kb, summary.undo!.id)).rejects.toThrow(
      'The import of “Update” can no longer be undone: entry “Friedrich Merz” changed since. Nothing was changed.',
    );
    expect(await everything(kb)).toEqual(edited);
  });

  it('refuses when a record added since depends on one the write created', async () => {
    const summary = await importPack(kb, update, 'merge');
    await kb.saveDraft(
      { entry: makeEntry('aide', { affiliation: 'merz', aliases: [alias('Aide')] }), facts: [], stances: [] },
      null,
      NOTHING_LOADED,
    );
    const added = await everything(kb);
    await expect(undoBulk(kb, summary.undo!.id)).rejects.toThrow(/records added since depend on it/);
    expect(await everything(kb)).toEqual(added);
  });

  it('keeps only the latest bulk write undoable: a second one replaces the first', async () => {
    const first = await importPack(kb, update, 'merge');
    const afterFirst = await everything(kb);
    const second = await importPack(
      kb,
      makePack({ entries: [makeEntry('rutte', later)] }),
      'merge',
      PEACE_2025_PACK,
    );
    await expect(undoBulk(kb, first.undo!.id)).rejects.toThrow(/can no longer be undone/);
    await undoBulk(kb, second.undo!.id);
    expect(await everything(kb)).toEqual(afterFirst);
  });

  it('puts an installed pack back as it was, but keeps the reader’s later on / off switch', async () => {
    const again = { ...update, title: 'Base', exportedAt: '2025-06-01T00:00:00.000Z' };
    const summary = await importPack(kb, again, 'merge');
    expect(await listPacks(kb)).toMatchObject([{ id: 'base', version: '2025-06-01' }]);
    await setPackEnabled(kb, 'base', false);
    await undoBulk(kb, summary.undo!.id);
    expect(await listPacks(kb)).toMatchObject([{ id: 'base', version: '2025-01-01', enabled: false }]);
  });

  it('leaves no undo point for a write past the bounds, and says so', async () => {
    const first = await importPack(kb, update, 'merge');
    const huge = makeEntry('huge', { summary: 'x'.repeat(UNDO_MAX_CHARS), ...later });
    await importPack(kb, makePack({ entries: [huge] }), 'merge');
    const past = await importPack(
      kb,
      makePack({ entries: [{ ...huge, summary: 'short', rev: 6 }] }),
      'merge',
    );
    expect(past.undo).toBeNull();
    await expect(undoBulk(kb, first.undo!.id)).rejects.toThrow(/can no longer be undone/);
  });
});
