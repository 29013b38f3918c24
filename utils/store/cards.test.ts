import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshKb, makeEntry, makeFact, makeStance, seed } from '@/tests/helpers/kb-records';
import type { Kb } from './kb';

let kb: Kb;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(1000);
  kb = await freshKb();
  await seed(kb, {
    entries: [
      makeEntry('france', { kind: 'country', name: 'France' }),
      makeEntry('macron', { name: 'Emmanuel Macron', affiliation: 'france' }),
      makeEntry('merz', { name: 'Friedrich Merz' }),
      makeEntry('mission', { kind: 'mission', name: 'Reassurance force' }),
      makeEntry('coalition', { kind: 'coalition', name: 'Coalition of the willing' }),
    ],
    stances: [
      makeStance('m-mission', 'macron', 'mission', { position: 'supports' }),
      makeStance('m-coalition', 'macron', 'coalition', { position: 'proposes' }),
      makeStance('merz-mission', 'merz', 'mission', { position: 'considers' }),
    ],
    facts: [
      makeFact('old', ['macron'], { date: '2024-12-31' }),
      makeFact('year', ['macron', 'merz'], { date: '2025' }),
      makeFact('day', ['macron'], { date: '2025-03-02' }),
    ],
  });
  vi.setSystemTime(2000);
  await seed(kb, { facts: [makeFact('day-later-edit', ['macron'], { date: '2025-03-02' })] });
});
afterEach(() => {
  kb.close();
  vi.useRealTimers();
});

describe('cards', () => {
  it('gives an actor its affiliation, stances by strength with proposal names, and facts latest first', async () => {
    const [card] = await kb.cards(['macron']);
    expect(card?.entry.id).toBe('macron');
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
