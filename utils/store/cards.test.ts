import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshKb, makeEntry, makeFact, makeStance } from '../../tests/helpers/kb-records';
import type { Kb } from './kb';

let kb: Kb;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(1000);
  kb = await freshKb();
  await kb.saveEntry(makeEntry('france', { kind: 'country', name: 'France' }), null);
  await kb.saveEntry(makeEntry('macron', { name: 'Emmanuel Macron', affiliation: 'france' }), null);
  await kb.saveEntry(makeEntry('merz', { name: 'Friedrich Merz' }), null);
  await kb.saveEntry(makeEntry('mission', { kind: 'mission', name: 'Reassurance force' }), null);
  await kb.saveEntry(makeEntry('coalition', { kind: 'coalition', name: 'Coalition of the willing' }), null);
  await kb.saveStance(makeStance('m-mission', 'macron', 'mission', { position: 'supports' }), null);
  await kb.saveStance(makeStance('m-coalition', 'macron', 'coalition', { position: 'proposes' }), null);
  await kb.saveStance(makeStance('merz-mission', 'merz', 'mission', { position: 'considers' }), null);
  await kb.saveFact(makeFact('old', ['macron'], { date: '2024-12-31' }), null);
  await kb.saveFact(makeFact('year', ['macron', 'merz'], { date: '2025' }), null);
  await kb.saveFact(makeFact('day', ['macron'], { date: '2025-03-02' }), null);
  vi.setSystemTime(2000);
  await kb.saveFact(makeFact('day-later-edit', ['macron'], { date: '2025-03-02' }), null);
});
afterEach(() => {
  kb.close();
  vi.useRealTimers();
});

describe('cards', () => {
  it('gives an actor its affiliation, stances by strength with proposal names, and facts latest first', async () => {
    const [card] = await kb.cards(['macron']);
    expect(card?.entry.id).toBe('macron');
    expect(card?.entry).not.toHaveProperty('aliasKeys');
    expect(card?.affiliation).toEqual({ id: 'france', name: 'France' });
    expect(card?.stances.map((s) => [s.stance.id, s.otherId, s.otherName])).toEqual([
      ['m-coalition', 'coalition', 'Coalition of the willing'],
      ['m-mission', 'mission', 'Reassurance force'],
    ]);
    expect(card?.facts.map((f) => f.id)).toEqual(['day-later-edit', 'day', 'year', 'old']);
  });

  it('gives a proposal the actors with their names, and skips unknown or repeated ids', async () => {
    const cards = await kb.cards(['mission', 'ghost', 'mission', 'france']);
    expect(cards.map((c) => c.entry.id)).toEqual(['mission', 'france']);
    expect(cards[0]?.affiliation).toBeNull();
    expect(cards[0]?.stances.map((s) => [s.otherId, s.otherName, s.stance.position])).toEqual([
      ['macron', 'Emmanuel Macron', 'supports'],
      ['merz', 'Friedrich Merz', 'considers'],
    ]);
    expect(cards[0]?.facts).toEqual([]);
    expect(cards[1]?.stances).toEqual([]);
  });
});
