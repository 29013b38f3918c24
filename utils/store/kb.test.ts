import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  alias,
  dump,
  freshKb,
  makeEntry,
  makeFact,
  makeStance,
  NOTHING_LOADED,
  seed,
} from '@/tests/helpers/kb-records';
import type { Entry } from '@/utils/model';
import { ConflictError, IntegrityError, NotFoundError } from './errors';
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

/** Saves an entry alone, as the editor does for an entry without facts or stances. */
const saveEntry = (entry: Entry, expectedRev: number | null) =>
  kb.saveDraft({ entry, facts: [], stances: [] }, expectedRev, NOTHING_LOADED);

describe('Kb entries', () => {
  it('creates at revision 1, updates to the next revision, keeps createdAt', async () => {
    const created = await saveEntry(makeEntry('macron', { rev: 9, createdAt: 7 }), null);
    expect(created).toMatchObject({ id: 'macron', rev: 1, createdAt: 1000, updatedAt: 1000 });
    vi.setSystemTime(2000);
    const updated = await saveEntry({ ...created, role: 'President of France' }, 1);
    expect(updated).toMatchObject({ rev: 2, createdAt: 1000, updatedAt: 2000, role: 'President of France' });
    expect(await kb.draft('macron')).toEqual({ entry: updated, facts: [], stances: [] });
    expect(await kb.entries()).toEqual([updated]);
    expect(await kb.draft('nobody')).toBeNull();
  });

  it('refuses a create over an existing id, carrying the stored record', async () => {
    const stored = await saveEntry(makeEntry('macron'), null);
    const error = await saveEntry(makeEntry('macron', { role: 'other' }), null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toEqual(stored);
    expect((error as Error).message).toBe('Entry "macron" already exists (stored revision 1)');
  });

  it('refuses an update based on an outdated revision and changes nothing', async () => {
    const first = await saveEntry(makeEntry('macron'), null);
    const second = await saveEntry({ ...first, role: 'A' }, 1);
    const third = await saveEntry({ ...second, role: 'B' }, 2);
    const before = await dump(kb);
    const error = await saveEntry({ ...first, role: 'stale' }, 2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toEqual(third);
    expect((error as Error).message).toBe('Entry "macron" changed elsewhere (stored revision 3, yours 2)');
    expect(await dump(kb)).toEqual(before);
  });

  it('refuses updating or deleting what is not stored, and dangling references', async () => {
    const macron = makeEntry('macron');
    await expect(saveEntry(makeEntry('ghost'), 1)).rejects.toThrow(new NotFoundError('Entry', 'ghost'));
    await expect(kb.deleteEntry('ghost', 1)).rejects.toThrow('Entry "ghost" not found');
    await expect(saveEntry(makeEntry('macron', { affiliation: 'france' }), null)).rejects.toThrow(
      'Entry "macron": affiliation: no entry "france"',
    );
    const withFact = { entry: macron, facts: [makeFact('f1', ['macron', 'nobody'])], stances: [] };
    await expect(kb.saveDraft(withFact, null, NOTHING_LOADED)).rejects.toThrow(
      'Fact "f1": entryIds[1]: no entry "nobody"',
    );
    const withStance = { entry: macron, facts: [], stances: [makeStance('s1', 'macron', 'mission')] };
    await expect(kb.saveDraft(withStance, null, NOTHING_LOADED)).rejects.toThrow(IntegrityError);
    expect(await kb.entries()).toEqual([]);
  });

  it('gives the matcher every alias and each name, with the entry family and topic class', async () => {
    await saveEntry(makeEntry('macron', { name: 'Emmanuel Macron', aliases: [alias('Macron')] }), null);
    await saveEntry(makeEntry('mission', { kind: 'mission', name: 'Reassurance force' }), null);
    await saveEntry(makeEntry('nato', { kind: 'organisation', name: 'NATO' }), null);
    expect(await kb.aliasRecords()).toEqual([
      { entryId: 'macron', family: 'actor', generic: false, alias: alias('Emmanuel Macron') },
      { entryId: 'macron', family: 'actor', generic: false, alias: alias('Macron') },
      { entryId: 'mission', family: 'proposal', generic: false, alias: alias('Reassurance force') },
      { entryId: 'nato', family: 'actor', generic: true, alias: alias('NATO') },
    ]);
  });
});

describe('Kb drafts', () => {
  it('opens an entry with its facts and the stances it takes part in, each once', async () => {
    await seed(kb, {
      entries: [makeEntry('macron'), makeEntry('starmer'), makeEntry('mission', { kind: 'mission' })],
      facts: [makeFact('shared', ['macron', 'starmer']), makeFact('other', ['starmer'])],
      stances: [makeStance('s1', 'macron', 'mission')],
    });
    const draft = await kb.draft('macron');
    expect(draft?.facts.map((f) => f.id)).toEqual(['shared']);
    expect(draft?.stances.map((s) => s.id)).toEqual(['s1']);
    expect((await kb.draft('mission'))?.stances.map((s) => s.id)).toEqual(['s1']);
  });
});

describe('Kb change notifications', () => {
  it('bumps the version and notifies once per committed write, never for a failed one', async () => {
    const heard: number[] = [];
    const stop = kb.onChange((version) => heard.push(version));
    const entry = await saveEntry(makeEntry('macron'), null);
    await kb.saveDraft({ entry, facts: [makeFact('f1', ['macron'])], stances: [] }, 1, NOTHING_LOADED);
    await saveEntry(entry, 5).catch(() => undefined);
    await saveEntry(makeEntry('macron'), null).catch(() => undefined);
    await kb.deleteEntry('macron', 2);
    expect(heard).toEqual([1, 2, 3]);
    expect(await kb.version()).toBe(3);
    stop();
    await saveEntry(makeEntry('starmer'), null);
    expect(heard).toEqual([1, 2, 3]);
    expect(await kb.version()).toBe(4);
  });

  it('keeps its version from its own writes once read: each commit counts, a failed write does not', async () => {
    expect(await kb.version()).toBe(0);
    const entry = await saveEntry(makeEntry('macron'), null);
    expect(await kb.version()).toBe(1);
    await saveEntry(entry, 5).catch(() => undefined);
    expect(await kb.version()).toBe(1);
    await kb.deleteEntry('macron', 1);
    expect(await kb.version()).toBe(2);
  });
});
