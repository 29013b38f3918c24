import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshKb, loadedOf, makeEntry, makeFact, makePack, NOTHING_LOADED } from '@/tests/helpers/kb-records';
import type { Kb } from './kb';
import { importPack } from './pack-io';

const stamp = { createdAt: 100, updatedAt: 100, rev: 1 };
const pack = {
  ...makePack({
    entries: [makeEntry('witkoff', { name: 'Steve Witkoff', ...stamp }), makeEntry('rubio', stamp)],
    facts: [makeFact('talks', ['witkoff'], stamp), makeFact('other', ['witkoff'], stamp)],
  }),
  title: 'Peace',
};

let kb: Kb;
beforeEach(async () => {
  kb = await freshKb();
  await importPack(kb, pack, 'merge');
});
afterEach(() => kb.close());

const originOfFact = (id: string) => kb.read((tx) => tx.objectStore('origins').get(`facts/${id}`));

describe('editor saves and origins', () => {
  it('marks a pack entry edited when the editor changes it, and not when it saves it unchanged', async () => {
    const draft = (await kb.draft('rubio'))!;
    await kb.saveDraft(draft, 1, loadedOf(draft));
    expect(await kb.origin('rubio')).toEqual({ packs: ['Peace'], edited: false });
    await kb.saveDraft(
      { ...draft, entry: { ...draft.entry, role: 'Secretary of State' } },
      2,
      loadedOf(draft),
    );
    expect(await kb.origin('rubio')).toEqual({ packs: ['Peace'], edited: true });
  });

  it('marks only the facts the save changed, and makes the ones it creates the reader’s own', async () => {
    const draft = (await kb.draft('witkoff'))!;
    const facts = draft.facts.map((fact) => (fact.id === 'talks' ? { ...fact, text: 'Reworded.' } : fact));
    await kb.saveDraft({ ...draft, facts: [...facts, makeFact('note', ['witkoff'])] }, 1, loadedOf(draft));
    expect(await originOfFact('talks')).toEqual({ packs: ['peace'], edited: true });
    expect(await originOfFact('other')).toEqual({ packs: ['peace'], edited: false });
    expect(await originOfFact('note')).toBeUndefined();
    expect(await kb.origin('witkoff')).toEqual({ packs: ['Peace'], edited: false });
  });

  it('gives a new entry under a deleted pack entry’s id to the reader, not to the pack', async () => {
    await kb.deleteEntry('rubio', 1);
    await kb.saveDraft({ entry: makeEntry('rubio'), facts: [], stances: [] }, null, NOTHING_LOADED);
    expect(await kb.origin('rubio')).toEqual({ packs: [], edited: false });
  });

  it('clears the mark when the pack is imported again over the edit', async () => {
    const draft = (await kb.draft('rubio'))!;
    await kb.saveDraft({ ...draft, entry: { ...draft.entry, role: 'Mine' } }, 1, loadedOf(draft));
    await importPack(kb, pack, 'merge');
    expect(await kb.origin('rubio')).toEqual({ packs: ['Peace'], edited: false });
    expect((await kb.draft('rubio'))!.entry.role).toBe('');
  });

  it('keeps a deleted pack entry’s origin, so undoing the delete restores it as it was', async () => {
    const draft = (await kb.draft('rubio'))!;
    await kb.saveDraft({ ...draft, entry: { ...draft.entry, role: 'Mine' } }, 1, loadedOf(draft));
    await kb.restore(await kb.deleteEntry('rubio', 2));
    expect(await kb.origin('rubio')).toEqual({ packs: ['Peace'], edited: true });
  });
});
