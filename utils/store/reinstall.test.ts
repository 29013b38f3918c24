import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { everything } from '@/tests/helpers/kb-everything';
import { freshKb, makeEntry, makeFact, makePack, NOTHING_LOADED } from '@/tests/helpers/kb-records';

import { undoBulk } from './bulk-undo';
import type { Kb } from './kb';
import { restoreStarter } from './pack-io';
import { previewReinstall } from './reinstall';

/** A test pack with its own title, which undo labels and installed packs go by. */
const titled = (title: string, records: Parameters<typeof makePack>[0]) => ({ ...makePack(records), title });

const stamp = { createdAt: 100, updatedAt: 200, rev: 3 };
const later = { createdAt: 100, updatedAt: 900, rev: 5 };
const france = makeEntry('france', { kind: 'country', name: 'France', ...stamp });
const macron = makeEntry('macron', { name: 'Emmanuel Macron', affiliation: 'france', ...stamp });
const mission = makeEntry('mission', { kind: 'mission', name: 'Reassurance force', ...stamp });
const facts = [makeFact('f1', ['macron'], stamp)];
const next = titled('Starter', {
  entries: [
    { ...france, name: 'French Republic', ...later },
    { ...macron, role: 'President', ...later },
    mission,
  ],
  facts,
});

let kb: Kb;
beforeEach(async () => {
  kb = await freshKb();
  await restoreStarter(kb, titled('Starter', { entries: [france, macron, mission], facts }));
  const renamed = { entry: { ...france, name: 'République française' }, facts: [], stances: [] };
  await kb.saveDraft(renamed, 3, NOTHING_LOADED);
  await kb.deleteEntry('mission', 3);
});
afterEach(() => kb.close());

describe('re-installing the starter pack', () => {
  it('previews what it adds, updates and keeps because the reader edited it, writing nothing', async () => {
    const before = await everything(kb);
    const preview = await previewReinstall(kb, next);
    const rows = preview.items.map(({ id, status, name }) => [id, status, name]);
    expect(rows).toEqual([
      ['mission', 'new', 'Reassurance force'],
      ['macron', 'updated', 'Emmanuel Macron'],
      ['f1', 'unchanged', 'Fact f1'],
      ['france', 'kept', 'République française'],
    ]);
    expect(preview).toMatchObject({ removed: [], undoable: { merge: true } });
    expect(await everything(kb)).toEqual(before);
  });

  it('keeps records the reader edited, updates untouched ones, brings deleted ones back, and can be undone', async () => {
    const before = await everything(kb);
    const summary = await restoreStarter(kb, next);
    expect(summary).toMatchObject({ added: 1, updated: 1, unchanged: 1, kept: 1 });
    expect(summary.undo?.label).toBe('The re-install of the starter pack');
    const names = (await kb.entries()).map((entry) => [entry.id, entry.name, entry.role]);
    expect(names).toEqual([
      ['france', 'République française', ''],
      ['macron', 'Emmanuel Macron', 'President'],
      ['mission', 'Reassurance force', ''],
    ]);
    expect(await kb.origin('france')).toEqual({ packs: ['Starter'], edited: true });
    await undoBulk(kb, summary.undo!.id);
    expect(await everything(kb)).toEqual(before);
  });

  it('keeps a record the reader wrote under a pack id as theirs', async () => {
    const own = await kb.saveDraft(
      { entry: makeEntry('merz'), facts: [], stances: [] },
      null,
      NOTHING_LOADED,
    );
    const summary = await restoreStarter(kb, {
      ...next,
      entries: [...next.entries, makeEntry('merz', later)],
    });
    expect(summary.kept).toBe(2);
    expect((await kb.draft('merz'))?.entry).toEqual(own);
  });
});
