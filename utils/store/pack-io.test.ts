import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  alias,
  dump,
  freshKb,
  makeEntry,
  makeFact,
  makePack,
  makeStance,
  NOTHING_LOADED,
} from '@/tests/helpers/kb-records';
import type { Entry } from '@/utils/model';
import type { Kb } from './kb';
import { exportPack, importPack, restoreStarter } from './pack-io';

const NOW = new Date('2025-04-01T12:00:00.000Z');
const stamp = { createdAt: 100, updatedAt: 200, rev: 3 };
const france = makeEntry('france', { kind: 'country', name: 'France', ...stamp });
const macron = makeEntry('macron', {
  name: 'Emmanuel Macron',
  affiliation: 'france',
  aliases: [alias('Macron')],
  ...stamp,
});
const merz = makeEntry('merz', { name: 'Friedrich Merz', ...stamp });
const mission = makeEntry('mission', { kind: 'mission', name: 'Reassurance force', ...stamp });
const starter = makePack({
  entries: [france, macron, merz, mission],
  facts: [makeFact('shared', ['macron', 'merz'], stamp), makeFact('solo', ['merz'], stamp)],
  stances: [makeStance('m', 'macron', 'mission', stamp), makeStance('z', 'merz', 'mission', stamp)],
});

let kb: Kb;
const open: Kb[] = [];
beforeEach(async () => {
  kb = await freshKb();
  open.push(kb);
});
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('exportPack', () => {
  it('round-trips: export, replace into an empty base, export again gives the same pack', async () => {
    await importPack(kb, starter, 'merge');
    const first = await exportPack(kb, null, NOW);
    expect(first).toMatchObject({ format: 'fact-linker-pack', version: 2, exportedAt: NOW.toISOString() });
    expect(first.entries).toEqual(starter.entries);
    const other = await freshKb();
    open.push(other);
    await importPack(other, first, 'replace');
    expect(await exportPack(other, null, NOW)).toEqual(first);
  });

  it('exports a selection with its affiliations, narrowed shared facts and inner stances', async () => {
    await importPack(kb, starter, 'merge');
    const pack = await exportPack(kb, ['macron'], NOW);
    expect(pack.entries.map((e) => e.id)).toEqual(['france', 'macron']);
    expect(pack.facts.map((f) => [f.id, f.entryIds])).toEqual([['shared', ['macron']]]);
    expect(pack.stances).toEqual([]);
    const withMission = await exportPack(kb, ['macron', 'mission'], NOW);
    expect(withMission.stances.map((s) => s.id)).toEqual(['m']);
    await expect(exportPack(kb, ['ghost'], NOW)).rejects.toThrow('Entry "ghost" not found');
  });
});

describe('importPack', () => {
  it('merges by id, counting added, updated and unchanged, keeping the pack revisions', async () => {
    await importPack(kb, starter, 'merge');
    const renamed: Entry = { ...merz, role: 'Chancellor', rev: 4 };
    const reordered = Object.fromEntries(Object.entries(france).reverse()) as unknown as Entry;
    const pack = makePack({ entries: [reordered, renamed, makeEntry('starmer', stamp)] });
    expect(await importPack(kb, pack, 'merge')).toMatchObject({
      added: 1,
      updated: 1,
      unchanged: 1,
      removed: 0,
    });
    expect((await kb.draft('merz'))?.entry).toEqual(renamed);
    expect((await kb.entries()).length).toBe(5);
  });

  it('replaces everything, counting the ids the pack lacks as removed', async () => {
    await importPack(kb, starter, 'merge');
    const pack = makePack({
      entries: [france, { ...merz, name: 'F. Merz' }],
      facts: [makeFact('solo', ['merz'], stamp)],
    });
    expect(await importPack(kb, pack, 'replace')).toMatchObject({
      added: 0,
      updated: 1,
      unchanged: 2,
      removed: 5,
    });
    const after = await dump(kb);
    expect(after.entries.map((e) => e.id)).toEqual(['france', 'merz']);
    expect(after.facts.map((f) => f.id)).toEqual(['solo']);
    expect(after.stances).toEqual([]);
  });

  it.each([
    ['merge', 'a key-less third entry', [france, merz, { ...mission, id: undefined }]],
    ['replace', 'a key-less third entry', [france, merz, { ...mission, id: undefined }]],
    ['replace', 'a duplicate third entry', [france, merz, merz]],
  ] as const)('leaves the base exactly as it was when %s fails on %s', async (mode, _what, entries) => {
    await importPack(
      kb,
      makePack({ entries: [macron, france, mission], stances: [makeStance('m', 'macron', 'mission')] }),
      'merge',
    );
    const heard: number[] = [];
    kb.onChange((version) => heard.push(version));
    const before = await dump(kb);
    const pack = makePack({
      entries: entries as unknown as Entry[],
      facts: [makeFact('solo', ['merz'], stamp)],
    });
    await expect(importPack(kb, pack, mode)).rejects.toThrow();
    expect(await dump(kb)).toEqual(before);
    expect(heard).toEqual([]);
  });
});

describe('importPack: integrity of the result', () => {
  it('refuses a merge that turns an actor with stances into a proposal, and a full export still restores', async () => {
    await importPack(kb, starter, 'merge');
    const before = await dump(kb);
    const turned = makePack({ entries: [{ ...macron, kind: 'mission', updatedAt: 300 }] });
    await expect(importPack(kb, turned, 'merge')).rejects.toThrow(
      'Stance "m": actorId: "macron" is a proposal (mission), not an actor',
    );
    expect(await dump(kb)).toEqual(before);
    const other = await freshKb();
    open.push(other);
    await importPack(other, await exportPack(kb, null, NOW), 'replace');
    const renamed = makePack({ entries: [{ ...macron, name: 'E. Macron', updatedAt: 300 }] });
    expect(await importPack(kb, renamed, 'merge')).toMatchObject({ updated: 1 });
  });
});

describe('restoreStarter', () => {
  it('is idempotent, keeps user records and edited starter records, and brings back deleted ones', async () => {
    expect(await kb.starterInstalled()).toBe(false);
    expect(await restoreStarter(kb, starter)).toMatchObject({ added: 8, updated: 0, unchanged: 0, kept: 0 });
    expect(await kb.starterInstalled()).toBe(true);
    const once = await dump(kb);
    expect(await restoreStarter(kb, starter)).toMatchObject({ added: 0, updated: 0, unchanged: 8, kept: 0 });
    expect({ ...(await dump(kb)), meta: [] }).toEqual({ ...once, meta: [] });

    await kb.saveDraft({ entry: makeEntry('starmer'), facts: [], stances: [] }, null, NOTHING_LOADED);
    await kb.deleteEntry('merz', 3);
    const renamed = { entry: { ...france, name: 'République française' }, facts: [], stances: [] };
    const edited = await kb.saveDraft(renamed, 3, NOTHING_LOADED);
    expect(await restoreStarter(kb, starter)).toMatchObject({ added: 3, updated: 1, unchanged: 3, kept: 1 });
    const after = await dump(kb);
    expect(after.entries.map((e) => e.id)).toEqual(['france', 'macron', 'merz', 'mission', 'starmer']);
    expect(after.entries[0]).toEqual(edited);
    const rest = (entries: Entry[]) => entries.filter((e) => e.id !== 'starmer' && e.id !== 'france');
    expect({ ...after, entries: rest(after.entries), meta: [] }).toEqual({
      ...once,
      entries: rest(once.entries),
      meta: [],
    });
  });
});
