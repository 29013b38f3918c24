import { afterEach, describe, expect, it } from 'vitest';
import { freshKb, makeEntry, makeFact, makeStance } from '../../tests/helpers/kb-records';
import { ConflictError } from './errors';
import type { Kb } from './kb';
import { saveDraft } from './save-draft';

let kb: Kb;
afterEach(() => kb.close());

async function seeded() {
  kb = await freshKb();
  await kb.saveEntry(makeEntry('macron'), null);
  await kb.saveEntry(makeEntry('starmer'), null);
  await kb.saveEntry(makeEntry('un-mission', { kind: 'mission' }), null);
  await kb.saveFact(makeFact('solo', ['macron']), null);
  await kb.saveFact(makeFact('shared', ['macron', 'starmer']), null);
  await kb.saveStance(makeStance('s1', 'macron', 'un-mission'), null);
  const entry = (await kb.entry('macron'))!;
  const facts = (await kb.cards(['macron']))[0]!.facts;
  return { entry, facts };
}

describe('saveDraft', () => {
  it('creates a new entry with its first fact in one write', async () => {
    kb = await freshKb();
    const entry = makeEntry('albanese');
    const saved = await kb.write((tx) =>
      saveDraft(tx, { entry, facts: [makeFact('f1', ['albanese'])], stances: [] }, null, 5),
    );
    expect(saved.rev).toBe(1);
    expect((await kb.cards(['albanese']))[0]!.facts.map((f) => f.id)).toEqual(['f1']);
  });

  it('removes dropped facts and stances, and only detaches a shared fact', async () => {
    const { entry } = await seeded();
    await kb.write((tx) =>
      saveDraft(tx, { entry: { ...entry, role: 'President' }, facts: [], stances: [] }, entry.rev, 9),
    );
    const card = (await kb.cards(['starmer']))[0]!;
    expect(card.facts.map((f) => f.id)).toEqual(['shared']);
    expect(card.facts[0]!.entryIds).toEqual(['starmer']);
    expect((await kb.cards(['macron']))[0]!.facts).toEqual([]);
    expect((await kb.cards(['un-mission']))[0]!.stances).toEqual([]);
    expect((await kb.entry('macron'))!.role).toBe('President');
  });

  it('refuses a stale entry and leaves everything as it was', async () => {
    const { entry, facts } = await seeded();
    await kb.saveEntry({ ...entry, summary: 'edited elsewhere' }, entry.rev);
    await expect(
      kb.write((tx) =>
        saveDraft(tx, { entry: { ...entry, role: 'mine' }, facts: [], stances: [] }, entry.rev, 9),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await kb.cards(['macron']))[0]!.facts).toEqual(facts);
    expect((await kb.entry('macron'))!.summary).toBe('edited elsewhere');
  });

  it('refuses a stale fact inside an otherwise fresh draft, writing nothing', async () => {
    const { entry, facts } = await seeded();
    const solo = facts.find((f) => f.id === 'solo')!;
    await kb.saveFact({ ...solo, text: 'edited elsewhere' }, solo.rev);
    const draft = { entry: { ...entry, role: 'mine' }, facts: [{ ...solo, text: 'mine' }], stances: [] };
    await expect(kb.write((tx) => saveDraft(tx, draft, entry.rev, 9))).rejects.toBeInstanceOf(ConflictError);
    expect((await kb.entry('macron'))!.role).toBe('');
  });

  it('refuses a fact that does not concern the entry', async () => {
    const { entry } = await seeded();
    const draft = { entry, facts: [makeFact('other', ['starmer'])], stances: [] };
    await expect(kb.write((tx) => saveDraft(tx, draft, entry.rev, 9))).rejects.toThrow(/does not concern/);
  });
});
