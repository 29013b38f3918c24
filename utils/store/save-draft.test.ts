import { afterEach, describe, expect, it } from 'vitest';
import { dump, freshKb, makeEntry, makeFact, makeStance, seed } from '@/tests/helpers/kb-records';
import { ConflictError } from './errors';
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
    const saved = await kb.saveDraft({ entry, facts: [makeFact('f1', ['albanese'])], stances: [] }, null);
    expect(saved.rev).toBe(1);
    expect((await kb.draft('albanese'))!.facts.map((f) => [f.id, f.rev])).toEqual([['f1', 1]]);
  });

  it('removes dropped facts and stances, and only detaches a shared fact', async () => {
    const { entry } = await seeded();
    await kb.saveDraft({ entry: { ...entry, role: 'President' }, facts: [], stances: [] }, entry.rev);
    const starmer = (await kb.draft('starmer'))!;
    expect(starmer.facts.map((f) => [f.id, f.entryIds, f.rev])).toEqual([['shared', ['starmer'], 2]]);
    expect(await kb.draft('macron')).toMatchObject({ entry: { role: 'President' }, facts: [], stances: [] });
    expect((await kb.draft('un-mission'))!.stances).toEqual([]);
  });

  it('refuses a stale entry and leaves everything as it was', async () => {
    const draft = await seeded();
    const { entry } = draft;
    await kb.saveDraft({ ...draft, entry: { ...entry, summary: 'edited elsewhere' } }, entry.rev);
    const before = await dump(kb);
    await expect(
      kb.saveDraft({ entry: { ...entry, role: 'mine' }, facts: [], stances: [] }, entry.rev),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await dump(kb)).toEqual(before);
  });

  it('updates a changed fact or stance to its next revision and refuses a stale one, writing nothing', async () => {
    const draft = await seeded();
    const solo = draft.facts.find((f) => f.id === 'solo')!;
    const stance = draft.stances[0]!;
    const edited = { ...draft, facts: draft.facts.map((f) => (f === solo ? { ...f, text: 'edited' } : f)) };
    await kb.saveDraft({ ...edited, stances: [{ ...stance, note: 'edited elsewhere' }] }, draft.entry.rev);
    const now = (await kb.draft('macron'))!;
    expect(now.facts.map((f) => [f.id, f.rev])).toEqual([
      ['shared', 1],
      ['solo', 2],
    ]);
    expect(now.stances.map((s) => [s.id, s.rev])).toEqual([['s1', 2]]);
    const before = await dump(kb);
    const staleFact = { ...now, facts: [{ ...solo, text: 'mine' }] };
    await expect(kb.saveDraft(staleFact, now.entry.rev)).rejects.toThrow(
      'Fact "solo" changed elsewhere (stored revision 2, yours 1)',
    );
    const staleStance = { ...now, stances: [{ ...stance, note: 'mine' }] };
    await expect(kb.saveDraft(staleStance, now.entry.rev)).rejects.toThrow(
      'Stance "s1" changed elsewhere (stored revision 2, yours 1)',
    );
    expect(await dump(kb)).toEqual(before);
  });

  it('refuses a fact that does not concern the entry', async () => {
    const { entry } = await seeded();
    const draft = { entry, facts: [makeFact('other', ['starmer'])], stances: [] };
    await expect(kb.saveDraft(draft, entry.rev)).rejects.toThrow(/does not concern/);
  });
});
