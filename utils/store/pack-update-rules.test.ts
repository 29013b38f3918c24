import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { everything } from '@/tests/helpers/kb-everything';
import { freshKb, makeEntry, makeFact, NOTHING_LOADED } from '@/tests/helpers/kb-records';
import { editEntry, PACK_V1, PACK_V2 } from '@/tests/helpers/pack-versions';
import type { Kb } from './kb';
import { importPack } from './pack-io';
import { applyPackUpdate, previewPackUpdate } from './pack-update';

const ids = (items: { id: string }[]) => items.map(({ id }) => id);

let kb: Kb;
beforeEach(async () => {
  kb = await freshKb();
});
afterEach(() => kb.close());

describe('pack update rules', () => {
  it('calls a reader’s record under a pack id a conflict on first install, and keeps it unless chosen', async () => {
    const own = await kb.saveDraft(
      { entry: makeEntry('merz', { name: 'Merz (my notes)' }), facts: [], stances: [] },
      null,
      NOTHING_LOADED,
    );
    const preview = await previewPackUpdate(kb, 'peace', PACK_V2);
    expect(ids(preview.conflicts)).toEqual(['merz']);
    await applyPackUpdate(kb, 'peace', PACK_V2, {}, 1000);
    expect((await kb.draft('merz'))?.entry).toEqual(own);
    expect(await kb.origin('merz')).toEqual({ packs: [], edited: false });
  });

  it('refuses, writing nothing, an update whose result breaks integrity, and a stale choice', async () => {
    await applyPackUpdate(kb, 'peace', PACK_V1, {}, 1000);
    const draft = (await kb.draft('mission'))!;
    const mine = makeFact('mine', ['mission'], { text: 'My own fact' });
    await kb.saveDraft({ ...draft, facts: [mine] }, draft.entry.rev, {
      facts: [],
      stances: [{ id: 's1', rev: 1 }],
    });
    const withoutMission = {
      ...PACK_V1,
      entries: PACK_V1.entries.filter(({ id }) => id !== 'mission'),
      stances: [],
    };
    const before = await everything(kb);
    const preview = await previewPackUpdate(kb, 'peace', withoutMission);
    expect(preview.problems).toEqual(['Fact "mine": entryIds[0]: no entry "mission"']);
    await expect(applyPackUpdate(kb, 'peace', withoutMission, {}, 2000)).rejects.toThrow(
      'Not written: the knowledge base would be left inconsistent.\nFact "mine"',
    );
    await expect(applyPackUpdate(kb, 'peace', PACK_V2, { 'entries/macron': 'theirs' }, 2000)).rejects.toThrow(
      /not a conflict of this update/,
    );
    expect(await everything(kb)).toEqual(before);
  });

  it('keeps a record removed upstream that another pack also brought, released from this one', async () => {
    await applyPackUpdate(kb, 'peace', PACK_V1, {}, 1000);
    await importPack(
      kb,
      { ...PACK_V1, title: 'Other', entries: [PACK_V1.entries[0]!], facts: [], stances: [] },
      'merge',
    );
    const noFrance = {
      ...PACK_V1,
      entries: PACK_V1.entries.slice(1).map((entry) => ({ ...entry, affiliation: null })),
    };
    const preview = await previewPackUpdate(kb, 'peace', noFrance);
    expect(preview.kept).toEqual([{ collection: 'entries', id: 'france', name: 'France', reason: 'shared' }]);
    expect(preview.removes).toEqual([]);
    await applyPackUpdate(kb, 'peace', noFrance, {}, 2000);
    expect(await kb.origin('france')).toEqual({ packs: ['Other'], edited: false });
  });

  it('releases a record removed upstream but edited here: it stays, as the reader’s own', async () => {
    await applyPackUpdate(kb, 'peace', { ...PACK_V1, facts: [] }, {}, 1000);
    await editEntry(kb, 'france', { summary: 'Mine now.' });
    const noFrance = {
      ...PACK_V1,
      facts: [],
      entries: PACK_V1.entries.slice(1).map((e) => ({ ...e, affiliation: null })),
    };
    await applyPackUpdate(kb, 'peace', noFrance, {}, 2000);
    expect((await kb.draft('france'))?.entry.summary).toBe('Mine now.');
    expect(await kb.origin('france')).toEqual({ packs: [], edited: false });
  });

  it('keeps a record deleted here deleted while the pack leaves it as it was', async () => {
    await applyPackUpdate(kb, 'peace', PACK_V1, {}, 1000);
    const draft = (await kb.draft('mission'))!;
    await kb.deleteEntry('mission', draft.entry.rev);
    const preview = await previewPackUpdate(kb, 'peace', PACK_V1);
    expect(preview.kept).toMatchObject([
      { id: 'mission', reason: 'deleted-here' },
      { id: 's1', reason: 'deleted-here' },
    ]);
    expect(preview.creates).toEqual([]);
    await applyPackUpdate(kb, 'peace', PACK_V1, {}, 2000);
    expect(await kb.draft('mission')).toBeNull();
  });

  it('without a stored base, lets records the pack brought unedited follow it, and not edited ones', async () => {
    await importPack(kb, PACK_V1, 'merge');
    await editEntry(kb, 'france', { name: 'République française' });
    const preview = await previewPackUpdate(kb, 'peace-process', PACK_V2);
    expect(ids(preview.updates)).toEqual(['macron']);
    expect(ids(preview.conflicts)).toEqual(['france']);
  });
});
