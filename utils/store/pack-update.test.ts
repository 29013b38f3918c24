import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { everything } from '@/tests/helpers/kb-everything';
import { freshKb, makeEntry, NOTHING_LOADED } from '@/tests/helpers/kb-records';
import { editEntry, PACK_V1, PACK_V2 } from '@/tests/helpers/pack-versions';
import { undoBulk } from './bulk-undo';
import { listPacks } from './installed-packs';
import type { Kb } from './kb';
import { readBase } from './pack-bases';
import { applyPackUpdate, previewPackUpdate } from './pack-update';

const ids = (items: { id: string }[]) => items.map(({ id }) => id);
const baseVersion = async (kb: Kb) => (await kb.read((tx) => readBase(tx, 'peace')))?.version;

let kb: Kb;
beforeEach(async () => {
  kb = await freshKb();
  await kb.saveDraft({ entry: makeEntry('starmer'), facts: [], stances: [] }, null, NOTHING_LOADED);
});
afterEach(() => kb.close());

describe('a first install by subscription', () => {
  it('previews every record as new, writing nothing, then installs it with its base, row and undo', async () => {
    const empty = await everything(kb);
    const preview = await previewPackUpdate(kb, 'peace', PACK_V1);
    expect(ids(preview.creates)).toEqual(['france', 'macron', 'mission', 'f1', 's1']);
    expect(preview).toMatchObject({
      title: 'Peace process',
      version: '2026-01-01',
      problems: [],
      undoable: true,
    });
    expect(await everything(kb)).toEqual(empty);
    const summary = await applyPackUpdate(kb, 'peace', PACK_V1, {}, 1000, { publisher: 'Example' });
    expect(summary).toMatchObject({ added: 5, updated: 0, removed: 0, kept: 0 });
    expect(summary.undo?.label).toBe('The install of “Peace process”');
    expect(await kb.origin('macron')).toEqual({ packs: ['Peace process'], edited: false });
    expect(await listPacks(kb)).toEqual([
      {
        id: 'peace',
        title: 'Peace process',
        version: '2026-01-01',
        publisher: 'Example',
        counts: { entries: 3, facts: 1, stances: 1 },
        installedAt: 1000,
        updatedAt: 1000,
        enabled: true,
      },
    ]);
    expect(await baseVersion(kb)).toBe('2026-01-01');
    await undoBulk(kb, summary.undo!.id);
    expect(await everything(kb)).toEqual(empty);
    expect(await baseVersion(kb)).toBeUndefined();
  });
});

describe('an update', () => {
  beforeEach(async () => {
    await applyPackUpdate(kb, 'peace', PACK_V1, {}, 1000);
    await editEntry(kb, 'france', { name: 'République française' });
    await editEntry(kb, 'mission', { summary: 'My notes.' });
  });

  it('previews what follows the pack, what is kept, removed and in conflict, writing nothing', async () => {
    const before = await everything(kb);
    const preview = await previewPackUpdate(kb, 'peace', PACK_V2);
    expect(ids(preview.creates)).toEqual(['merz']);
    expect(preview.updates).toEqual([
      {
        collection: 'entries',
        id: 'macron',
        name: 'Emmanuel Macron',
        changes: [expect.objectContaining({ field: 'Role', after: 'President' })],
      },
    ]);
    expect(preview.removes).toEqual([{ collection: 'facts', id: 'f1', name: 'Fact f1' }]);
    expect(preview.kept).toEqual([
      { collection: 'entries', id: 'mission', name: 'Reassurance force', reason: 'edited' },
    ]);
    expect(preview.conflicts).toMatchObject([
      {
        id: 'france',
        name: 'République française',
        mine: { name: 'République française' },
        theirs: { name: 'French Republic' },
        base: { name: 'France' },
      },
    ]);
    expect(preview.counts).toEqual({
      creates: 1,
      updates: 1,
      unchanged: 1,
      removes: 1,
      kept: 1,
      conflicts: 1,
    });
    expect(await everything(kb)).toEqual(before);
  });

  it('keeps local edits, follows the pack elsewhere, and undo puts back records, origins, row and base', async () => {
    const before = await everything(kb);
    const summary = await applyPackUpdate(kb, 'peace', PACK_V2, {}, 2000);
    expect(summary).toMatchObject({ added: 1, updated: 1, removed: 1, unchanged: 1, kept: 2 });
    const names = (await kb.entries()).map(({ id, name, role }) => [id, name, role]);
    expect(names).toEqual([
      ['france', 'République française', ''],
      ['macron', 'Emmanuel Macron', 'President'],
      ['merz', 'Friedrich Merz', ''],
      ['mission', 'Reassurance force', ''],
      ['starmer', 'starmer', ''],
    ]);
    expect((await kb.draft('macron'))?.facts).toEqual([]);
    expect(await kb.origin('france')).toEqual({ packs: ['Peace process'], edited: true });
    expect(await listPacks(kb)).toMatchObject([
      { version: '2026-02-01', installedAt: 1000, updatedAt: 2000 },
    ]);
    expect(await baseVersion(kb)).toBe('2026-02-01');
    await undoBulk(kb, summary.undo!.id);
    expect(await everything(kb)).toEqual(before);
    expect(await baseVersion(kb)).toBe('2026-01-01');
  });

  it('takes the pack’s copy of a conflict only where the reader chose it', async () => {
    await applyPackUpdate(kb, 'peace', PACK_V2, { 'entries/france': 'theirs' }, 2000);
    expect((await kb.draft('france'))?.entry.name).toBe('French Republic');
    expect(await kb.origin('france')).toEqual({ packs: ['Peace process'], edited: false });
    expect((await kb.draft('mission'))?.entry.summary).toBe('My notes.');
  });
});
