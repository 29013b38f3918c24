import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  dump,
  freshKb,
  loadedOf,
  makeEntry,
  makeFact,
  makeStance,
  NOTHING_LOADED,
  seed,
} from '@/tests/helpers/kb-records';
import { ConflictError } from './errors';
import type { Kb } from './kb';

let kb: Kb;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(1000);
  kb = await freshKb();
  await seed(kb, {
    entries: [
      makeEntry('france', { kind: 'country' }),
      makeEntry('macron', { affiliation: 'france' }),
      makeEntry('barrot', { affiliation: 'france' }),
      makeEntry('mission', { kind: 'mission' }),
    ],
    facts: [
      makeFact('only-france', ['france']),
      makeFact('shared', ['france', 'macron']),
      makeFact('other', ['macron']),
    ],
    stances: [
      makeStance('france-mission', 'france', 'mission'),
      makeStance('macron-mission', 'macron', 'mission'),
    ],
  });
  vi.setSystemTime(2000);
});
afterEach(() => {
  kb.close();
  vi.useRealTimers();
});

describe('deleteEntry', () => {
  it('removes the entry, its stances and sole facts, and detaches the records pointing at it', async () => {
    const removed = await kb.deleteEntry('france', 1);
    expect(removed.entry.id).toBe('france');
    expect(removed.stances.map((s) => s.id)).toEqual(['france-mission']);
    expect(removed.facts.map((f) => f.id)).toEqual(['only-france']);
    expect(removed.detachedFacts).toEqual([
      expect.objectContaining({ id: 'shared', entryIds: ['france', 'macron'] }),
    ]);
    expect(removed.detachedEntries.map((e) => [e.id, e.affiliation])).toEqual([
      ['barrot', 'france'],
      ['macron', 'france'],
    ]);
    const after = await dump(kb);
    expect(after.entries.map((e) => e.id)).toEqual(['barrot', 'macron', 'mission']);
    expect(after.entries.find((e) => e.id === 'macron')).toMatchObject({
      affiliation: null,
      rev: 2,
      updatedAt: 2000,
    });
    expect(after.facts.map((f) => [f.id, f.entryIds, f.rev])).toEqual([
      ['other', ['macron'], 1],
      ['shared', ['macron'], 2],
    ]);
    expect(after.stances.map((s) => s.id)).toEqual(['macron-mission']);
  });

  it('refuses a stale revision and deletes nothing', async () => {
    const before = await dump(kb);
    await expect(kb.deleteEntry('france', 2)).rejects.toThrow(ConflictError);
    expect(await dump(kb)).toEqual(before);
  });
});

describe('restore', () => {
  it('puts back exactly what the delete removed or changed', async () => {
    const before = await dump(kb);
    await kb.restore(await kb.deleteEntry('france', 1));
    const after = await dump(kb);
    expect({ ...after, meta: [] }).toEqual({ ...before, meta: [] });
    expect(after.meta).toEqual([['version', 3]]);
  });

  it('refuses, changing nothing, when a detached record changed since the delete', async () => {
    const removed = await kb.deleteEntry('france', 1);
    const macron = (await kb.draft('macron'))!;
    await kb.saveDraft({ ...macron, entry: { ...macron.entry, role: 'President' } }, 2, loadedOf(macron));
    const before = await dump(kb);
    await expect(kb.restore(removed)).rejects.toThrow(
      'Entry "macron" changed elsewhere (stored revision 3, yours 2)',
    );
    expect(await dump(kb)).toEqual(before);
  });

  it('refuses, changing nothing, to bring back a stance whose proposal became an actor since the delete', async () => {
    const removed = await kb.deleteEntry('france', 1);
    const mission = (await kb.draft('mission'))!;
    await kb.saveDraft(
      { ...mission, entry: { ...mission.entry, kind: 'country' }, stances: [] },
      1,
      loadedOf(mission),
    );
    const before = await dump(kb);
    await expect(kb.restore(removed)).rejects.toThrow(
      'Stance "france-mission": proposalId: "mission" is an actor (country), not a proposal',
    );
    expect(await dump(kb)).toEqual(before);
  });

  it('refuses when the id was taken again', async () => {
    const removed = await kb.deleteEntry('france', 1);
    const again = makeEntry('france', { kind: 'country', name: 'La France' });
    await kb.saveDraft({ entry: again, facts: [], stances: [] }, null, NOTHING_LOADED);
    await expect(kb.restore(removed)).rejects.toThrow('Entry "france" already exists (stored revision 1)');
    expect((await kb.draft('france'))?.entry.name).toBe('La France');
  });
});
