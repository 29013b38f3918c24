import { afterEach, describe, expect, it } from 'vitest';
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
import { ConflictError, IntegrityError } from './errors';
import type { Kb } from './kb';

let kb: Kb;
afterEach(() => kb.close());

async function seeded() {
  kb = await freshKb();
  await seed(kb, {
    entries: [makeEntry('macron'), makeEntry('starmer'), makeEntry('un-mission', { kind: 'mission' })],
    facts: [makeFact('solo', ['macron']), makeFact('shared', ['macron', 'starmer'])],
    stances: [makeStance('s1', 'macron', 'un-mission')],
  });
  return (await kb.draft('macron'))!;
}

describe('writeDraft', () => {
  it('creates a new entry with its first fact in one write', async () => {
    kb = await freshKb();
    const entry = makeEntry('albanese');
    const draft = { entry, facts: [makeFact('f1', ['albanese'])], stances: [] };
    const saved = await kb.saveDraft(draft, null, NOTHING_LOADED);
    expect(saved.rev).toBe(1);
    expect((await kb.draft('albanese'))!.facts.map((f) => [f.id, f.rev])).toEqual([['f1', 1]]);
  });

  it('removes dropped facts and stances, and only detaches a shared fact', async () => {
    const loaded = await seeded();
    const { entry } = loaded;
    await kb.saveDraft(
      { entry: { ...entry, role: 'President' }, facts: [], stances: [] },
      entry.rev,
      loadedOf(loaded),
    );
    const starmer = (await kb.draft('starmer'))!;
    expect(starmer.facts.map((f) => [f.id, f.entryIds, f.rev])).toEqual([['shared', ['starmer'], 2]]);
    expect(await kb.draft('macron')).toMatchObject({ entry: { role: 'President' }, facts: [], stances: [] });
    expect((await kb.draft('un-mission'))!.stances).toEqual([]);
  });

  it('refuses a stale entry and leaves everything as it was', async () => {
    const draft = await seeded();
    const { entry } = draft;
    await kb.saveDraft(
      { ...draft, entry: { ...entry, summary: 'edited elsewhere' } },
      entry.rev,
      loadedOf(draft),
    );
    const before = await dump(kb);
    const mine = { entry: { ...entry, role: 'mine' }, facts: [], stances: [] };
    await expect(kb.saveDraft(mine, entry.rev, loadedOf(draft))).rejects.toBeInstanceOf(ConflictError);
    expect(await dump(kb)).toEqual(before);
  });

  it('updates a changed fact or stance to its next revision and refuses a stale one, writing nothing', async () => {
    const draft = await seeded();
    const solo = draft.facts.find((f) => f.id === 'solo')!;
    const stance = draft.stances[0]!;
    const edited = { ...draft, facts: draft.facts.map((f) => (f === solo ? { ...f, text: 'edited' } : f)) };
    const elsewhere = { ...edited, stances: [{ ...stance, note: 'edited elsewhere' }] };
    await kb.saveDraft(elsewhere, draft.entry.rev, loadedOf(draft));
    const now = (await kb.draft('macron'))!;
    expect(now.facts.map((f) => [f.id, f.rev])).toEqual([
      ['shared', 1],
      ['solo', 2],
    ]);
    expect(now.stances.map((s) => [s.id, s.rev])).toEqual([['s1', 2]]);
    const before = await dump(kb);
    const staleFact = { ...now, facts: [{ ...solo, text: 'mine' }] };
    await expect(kb.saveDraft(staleFact, now.entry.rev, loadedOf(now))).rejects.toThrow(
      'Fact "solo" changed elsewhere (stored revision 2, yours 1)',
    );
    const staleStance = { ...now, stances: [{ ...stance, note: 'mine' }] };
    await expect(kb.saveDraft(staleStance, now.entry.rev, loadedOf(now))).rejects.toThrow(
      'Stance "s1" changed elsewhere (stored revision 2, yours 1)',
    );
    expect(await dump(kb)).toEqual(before);
  });

  it('refuses a fact that does not concern the entry', async () => {
    const loaded = await seeded();
    const draft = { entry: loaded.entry, facts: [makeFact('other', ['starmer'])], stances: [] };
    await expect(kb.saveDraft(draft, loaded.entry.rev, loadedOf(loaded))).rejects.toThrow(/does not concern/);
  });
});

describe('writeDraft: records other editors added or changed', () => {
  it('refuses to delete a stance added from the other side after the editor loaded the entry', async () => {
    kb = await freshKb();
    await seed(kb, {
      entries: [makeEntry('poland', { kind: 'country' }), makeEntry('un-mission', { kind: 'mission' })],
    });
    const editorA = (await kb.draft('poland'))!;
    const mission = (await kb.draft('un-mission'))!;
    const stance = makeStance('poland-un-mission', 'poland', 'un-mission');
    await kb.saveDraft({ ...mission, stances: [stance] }, mission.entry.rev, loadedOf(mission));
    const before = await dump(kb);
    const save = kb.saveDraft(
      { ...editorA, entry: { ...editorA.entry, role: 'EU member' } },
      1,
      loadedOf(editorA),
    );
    await expect(save).rejects.toThrow(
      'Stance "poland-un-mission" was added elsewhere after you opened this entry',
    );
    await expect(save).rejects.toMatchObject({ code: 'conflict' });
    expect(await dump(kb)).toEqual(before);
  });

  it('refuses to remove a loaded record changed since, and removes it when the revision still matches', async () => {
    const loaded = await seeded();
    const starmer = (await kb.draft('starmer'))!;
    const shared = starmer.facts[0]!;
    await kb.saveDraft({ ...starmer, facts: [{ ...shared, text: 'edited by B' }] }, 1, loadedOf(starmer));
    const dropShared = { ...loaded, facts: loaded.facts.filter((f) => f.id !== 'shared') };
    await expect(kb.saveDraft(dropShared, 1, loadedOf(loaded))).rejects.toThrow(
      'Fact "shared" changed elsewhere (stored revision 2, yours 1)',
    );
    const reloaded = (await kb.draft('macron'))!;
    const again = { ...reloaded, facts: reloaded.facts.filter((f) => f.id !== 'shared') };
    await kb.saveDraft(again, 1, loadedOf(reloaded));
    expect((await kb.draft('starmer'))!.facts.map((f) => [f.entryIds, f.text])).toEqual([
      [['starmer'], 'edited by B'],
    ]);
  });
});

describe('writeDraft: integrity of what the save leaves', () => {
  it('refuses an entry affiliated to itself and accepts another affiliation', async () => {
    const { entry } = await seeded();
    const self = { entry: { ...entry, affiliation: 'macron' }, facts: [], stances: [] };
    await expect(
      kb.saveDraft(
        { ...self, ...(await kb.draft('macron'))!, entry: self.entry },
        1,
        loadedOf((await kb.draft('macron'))!),
      ),
    ).rejects.toThrow('Entry "macron": affiliation: must not be the entry itself');
    const draft = (await kb.draft('macron'))!;
    const saved = await kb.saveDraft(
      { ...draft, entry: { ...entry, affiliation: 'starmer' } },
      1,
      loadedOf(draft),
    );
    expect(saved.affiliation).toBe('starmer');
  });

  it('refuses an actor → actor stance and accepts an actor → proposal one', async () => {
    const draft = await seeded();
    const between = makeStance('s2', 'macron', 'starmer');
    await expect(
      kb.saveDraft({ ...draft, stances: [...draft.stances, between] }, 1, loadedOf(draft)),
    ).rejects.toThrow('Stance "s2": proposalId: "starmer" is an actor (person), not a proposal');
    const onMission = makeStance('s2', 'starmer', 'un-mission');
    const starmer = (await kb.draft('starmer'))!;
    await kb.saveDraft({ ...starmer, stances: [onMission] }, 1, loadedOf(starmer));
    expect((await kb.draft('un-mission'))!.stances.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('refuses turning an actor that holds stances into a proposal, writing nothing', async () => {
    const draft = await seeded();
    const before = await dump(kb);
    const kindChange = { ...draft, entry: { ...draft.entry, kind: 'mission' as const } };
    await expect(kb.saveDraft(kindChange, 1, loadedOf(draft))).rejects.toBeInstanceOf(IntegrityError);
    expect(await dump(kb)).toEqual(before);
    const withoutStances = { ...kindChange, stances: [] };
    expect((await kb.saveDraft(withoutStances, 1, loadedOf(draft))).kind).toBe('mission');
  });
});
