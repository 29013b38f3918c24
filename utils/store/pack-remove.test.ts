import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { everything } from '@/tests/helpers/kb-everything';
import { freshKb, makeEntry, makeFact, NOTHING_LOADED } from '@/tests/helpers/kb-records';
import { editEntry, PACK_V1 } from '@/tests/helpers/pack-versions';
import { undoBulk } from './bulk-undo';
import { listPacks } from './installed-packs';
import type { Kb } from './kb';
import { readBase } from './pack-bases';
import { importPack } from './pack-io';
import { previewPackRemoval, removePack } from './pack-remove';
import { applyPackUpdate } from './pack-update';

const ids = (items: { id: string }[]) => items.map(({ id }) => id);
const hasBase = async (kb: Kb) => (await kb.read((tx) => readBase(tx, 'peace'))) !== null;

let kb: Kb;
beforeEach(async () => {
  kb = await freshKb();
  await kb.saveDraft({ entry: makeEntry('starmer'), facts: [], stances: [] }, null, NOTHING_LOADED);
  await applyPackUpdate(kb, 'peace', PACK_V1, {}, 1000);
});
afterEach(() => kb.close());

describe('removing a pack', () => {
  it('removes everything only it brought, and nothing of the reader’s own', async () => {
    const preview = await previewPackRemoval(kb, 'peace');
    expect(preview).toMatchObject({ packId: 'peace', title: 'Peace process', kept: [], undoable: true });
    expect(ids(preview.removes)).toEqual(['france', 'macron', 'mission', 'f1', 's1']);
    const summary = await removePack(kb, 'peace', 2000);
    expect(summary).toMatchObject({ removed: 5, kept: 0, undo: { label: 'The removal of “Peace process”' } });
    expect(ids(await kb.entries())).toEqual(['starmer']);
    expect(await listPacks(kb)).toEqual([]);
    expect(await hasBase(kb)).toBe(false);
  });

  describe('with records it shares, the reader edited or the reader’s records need', () => {
    beforeEach(async () => {
      const other = { ...PACK_V1, title: 'Other', entries: [PACK_V1.entries[0]!], facts: [], stances: [] };
      await importPack(kb, other, 'merge');
      await editEntry(kb, 'mission', { summary: 'My notes.' });
      const draft = (await kb.draft('macron'))!;
      const mine = makeFact('mine', ['macron'], { text: 'My own fact' });
      await kb.saveDraft({ ...draft, facts: [...draft.facts, mine] }, draft.entry.rev, {
        facts: [{ id: 'f1', rev: 1 }],
        stances: [{ id: 's1', rev: 1 }],
      });
    });

    it('previews what goes and what stays, by name and why, writing nothing', async () => {
      const before = await everything(kb);
      const preview = await previewPackRemoval(kb, 'peace');
      expect(ids(preview.removes)).toEqual(['f1', 's1']);
      expect(preview.kept).toEqual([
        { collection: 'entries', id: 'france', name: 'France', reason: 'shared' },
        { collection: 'entries', id: 'mission', name: 'Reassurance force', reason: 'edited' },
        { collection: 'entries', id: 'macron', name: 'Emmanuel Macron', reason: 'needed' },
      ]);
      expect(await everything(kb)).toEqual(before);
    });

    it('keeps them, released from the pack, and undo puts back records, origins, row and base', async () => {
      const before = await everything(kb);
      const summary = await removePack(kb, 'peace', 2000);
      expect(summary).toMatchObject({ removed: 2, kept: 3 });
      expect(ids(await kb.entries())).toEqual(['france', 'macron', 'mission', 'starmer']);
      expect((await kb.draft('macron'))?.facts.map(({ id }) => id)).toEqual(['mine']);
      expect(await kb.origin('france')).toEqual({ packs: ['Other'], edited: false });
      expect(await kb.origin('mission')).toEqual({ packs: [], edited: false });
      expect(await kb.origin('macron')).toEqual({ packs: [], edited: false });
      expect(ids(await listPacks(kb))).toEqual(['other']);
      await undoBulk(kb, summary.undo!.id);
      expect(await everything(kb)).toEqual(before);
      expect(await hasBase(kb)).toBe(true);
    });
  });

  it('refuses a pack that is not installed, changing nothing', async () => {
    const before = await everything(kb);
    await expect(previewPackRemoval(kb, 'nope')).rejects.toThrow(
      'No installed pack "nope": nothing was removed.',
    );
    await expect(removePack(kb, 'nope', 2000)).rejects.toThrow('No installed pack "nope"');
    expect(await everything(kb)).toEqual(before);
  });
});
