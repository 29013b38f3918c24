import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { alias, dump, freshKb, makeEntry, makeFact, makeStance } from '../../tests/helpers/kb-records';
import { ConflictError, NotFoundError } from './errors';
import type { Kb } from './kb';

let kb: Kb;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(1000);
  kb = await freshKb();
});
afterEach(() => {
  kb.close();
  vi.useRealTimers();
});

describe('Kb entries', () => {
  it('creates at revision 1, updates to the next revision, keeps createdAt', async () => {
    const created = await kb.saveEntry(makeEntry('macron', { rev: 9, createdAt: 7 }), null);
    expect(created).toMatchObject({ id: 'macron', rev: 1, createdAt: 1000, updatedAt: 1000 });
    vi.setSystemTime(2000);
    const updated = await kb.saveEntry({ ...created, role: 'President of France' }, 1);
    expect(updated).toMatchObject({ rev: 2, createdAt: 1000, updatedAt: 2000, role: 'President of France' });
    expect(await kb.entry('macron')).toEqual(updated);
    expect(await kb.entries()).toEqual([updated]);
    expect(await kb.entry('nobody')).toBeUndefined();
  });

  it('refuses a create over an existing id, carrying the stored record', async () => {
    const stored = await kb.saveEntry(makeEntry('macron'), null);
    const error = await kb.saveEntry(makeEntry('macron', { role: 'other' }), null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toEqual(stored);
    expect((error as Error).message).toBe('Entry "macron" already exists (stored revision 1)');
  });

  it('refuses an update based on an outdated revision and changes nothing', async () => {
    const first = await kb.saveEntry(makeEntry('macron'), null);
    const second = await kb.saveEntry({ ...first, role: 'A' }, 1);
    const third = await kb.saveEntry({ ...second, role: 'B' }, 2);
    const before = await dump(kb);
    const error = await kb.saveEntry({ ...first, role: 'stale' }, 2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toEqual(third);
    expect((error as Error).message).toBe('Entry "macron" changed elsewhere (stored revision 3, yours 2)');
    expect(await dump(kb)).toEqual(before);
  });

  it('refuses updating or deleting what is not stored, and dangling references', async () => {
    await expect(kb.saveEntry(makeEntry('ghost'), 1)).rejects.toThrow(new NotFoundError('Entry', 'ghost'));
    await expect(kb.deleteEntry('ghost', 1)).rejects.toThrow('Entry "ghost" not found');
    await expect(kb.saveEntry(makeEntry('macron', { affiliation: 'france' }), null)).rejects.toThrow(
      NotFoundError,
    );
    await expect(kb.saveFact(makeFact('f1', ['nobody']), null)).rejects.toThrow('Entry "nobody" not found');
    await expect(kb.saveStance(makeStance('s1', 'nobody', 'mission'), null)).rejects.toThrow(NotFoundError);
    expect(await kb.entries()).toEqual([]);
  });

  it('finds entries by folded alias or name', async () => {
    await kb.saveEntry(
      makeEntry('guterres', { name: 'António Guterres', aliases: [alias('Guterres')] }),
      null,
    );
    await kb.saveEntry(
      makeEntry('un', { kind: 'organisation', name: 'United Nations', aliases: [alias('UN')] }),
      null,
    );
    expect((await kb.findByAlias('antonio  GUTERRES')).map((e) => e.id)).toEqual(['guterres']);
    expect((await kb.findByAlias('guterres')).map((e) => e.id)).toEqual(['guterres']);
    expect((await kb.findByAlias('un')).map((e) => e.id)).toEqual(['un']);
    expect(await kb.findByAlias('Guterres’s')).toEqual([]);
    const found = await kb.findByAlias('United Nations');
    expect(found[0]).not.toHaveProperty('aliasKeys');
  });

  it('updates the alias index when aliases change', async () => {
    const entry = await kb.saveEntry(makeEntry('zelensky', { aliases: [alias('Zelenskyy')] }), null);
    await kb.saveEntry({ ...entry, aliases: [alias('Zelensky')] }, 1);
    expect(await kb.findByAlias('Zelenskyy')).toEqual([]);
    expect((await kb.findByAlias('zelensky')).map((e) => e.id)).toEqual(['zelensky']);
  });

  it('gives the matcher every alias and each name, with the entry family', async () => {
    await kb.saveEntry(makeEntry('macron', { name: 'Emmanuel Macron', aliases: [alias('Macron')] }), null);
    await kb.saveEntry(makeEntry('mission', { kind: 'mission', name: 'Reassurance force' }), null);
    expect(await kb.aliasRecords()).toEqual([
      { entryId: 'macron', family: 'actor', alias: alias('Emmanuel Macron') },
      { entryId: 'macron', family: 'actor', alias: alias('Macron') },
      { entryId: 'mission', family: 'proposal', alias: alias('Reassurance force') },
    ]);
  });

  it('lists by kind and the most recently edited first', async () => {
    for (const [id, time] of [
      ['a', 3000],
      ['b', 1000],
      ['c', 2000],
    ] as const) {
      vi.setSystemTime(time);
      await kb.saveEntry(makeEntry(id, { kind: id === 'b' ? 'mission' : 'person' }), null);
    }
    expect((await kb.byKind('person')).map((e) => e.id)).toEqual(['a', 'c']);
    expect((await kb.byKind('mission')).map((e) => e.id)).toEqual(['b']);
    expect((await kb.recent(2)).map((e) => e.id)).toEqual(['a', 'c']);
    expect((await kb.recent(10)).map((e) => e.id)).toEqual(['a', 'c', 'b']);
  });
});

describe('Kb facts and stances', () => {
  it('saves, conflicts and deletes under the revision rule', async () => {
    await kb.saveEntry(makeEntry('macron'), null);
    await kb.saveEntry(makeEntry('mission', { kind: 'mission' }), null);
    const fact = await kb.saveFact(makeFact('f1', ['macron']), null);
    const stance = await kb.saveStance(makeStance('s1', 'macron', 'mission'), null);
    expect([fact.rev, stance.rev]).toEqual([1, 1]);
    const edited = await kb.saveFact({ ...fact, text: 'edited' }, 1);
    await expect(kb.saveFact({ ...fact, text: 'stale' }, 1)).rejects.toThrow(
      'Fact "f1" changed elsewhere (stored revision 2, yours 1)',
    );
    await expect(kb.deleteStance('s1', 5)).rejects.toThrow(ConflictError);
    expect(await kb.deleteFact('f1', 2)).toEqual(edited);
    expect(await kb.deleteStance('s1', 1)).toEqual(stance);
    await expect(kb.deleteFact('f1', 2)).rejects.toThrow('Fact "f1" not found');
    const left = await dump(kb);
    expect([left.facts, left.stances]).toEqual([[], []]);
  });
});

describe('Kb change notifications', () => {
  it('bumps the version and notifies once per committed write, never for a failed one', async () => {
    const heard: number[] = [];
    const stop = kb.onChange((version) => heard.push(version));
    const entry = await kb.saveEntry(makeEntry('macron'), null);
    await kb.saveFact(makeFact('f1', ['macron']), null);
    await kb.saveEntry(entry, 5).catch(() => undefined);
    await kb.saveEntry(makeEntry('macron'), null).catch(() => undefined);
    await kb.deleteEntry('macron', 1);
    expect(heard).toEqual([1, 2, 3]);
    expect(await kb.version()).toBe(3);
    stop();
    await kb.saveEntry(makeEntry('starmer'), null);
    expect(heard).toEqual([1, 2, 3]);
    expect(await kb.version()).toBe(4);
  });
});
