import { describe, expect, it } from 'vitest';
import { makeEntry, makeFact, makeStance } from '@/tests/helpers/kb-records';
import type { DossierSource } from './dossier-source';
import { buildTimeline } from './timeline';

const entries = [
  makeEntry('macron', { name: 'Emmanuel Macron' }),
  makeEntry('france', { name: 'France', kind: 'country' }),
  makeEntry('mission', { name: 'UN mission', kind: 'mission' }),
];

function source(parts: Partial<DossierSource>): DossierSource {
  return { entries, facts: [], stances: [], packsOf: new Map(), ...parts };
}

describe('buildTimeline', () => {
  it('orders facts and dated stances latest first, a month before its year, then by last edit', () => {
    const timeline = buildTimeline(
      source({
        facts: [
          makeFact('old', ['macron'], { date: '2024-12-31' }),
          makeFact('year', ['macron'], { date: '2025' }),
          makeFact('march-early', ['macron'], { date: '2025-03', updatedAt: 1 }),
          makeFact('march-late', ['macron'], { date: '2025-03', updatedAt: 2 }),
        ],
        stances: [makeStance('s', 'macron', 'mission', { date: '2025-04-02' })],
      }),
    );
    expect(timeline.map((item) => item.id)).toEqual(['s', 'march-late', 'march-early', 'year', 'old']);
  });

  it('leaves out undated stances and stances whose actor or proposal is gone', () => {
    const timeline = buildTimeline(
      source({
        stances: [
          makeStance('dated', 'macron', 'mission', { date: '2025-03' }),
          makeStance('undated', 'macron', 'mission', { date: null }),
          makeStance('orphan', 'macron', 'deleted-proposal', { date: '2025-03' }),
        ],
      }),
    );
    expect(timeline.map((item) => item.id)).toEqual(['dated']);
  });

  it('says what position a stance replaced, and null for the first', () => {
    const timeline = buildTimeline(
      source({
        stances: [
          makeStance('first', 'macron', 'mission', { date: '2025-01', position: 'considers' }),
          makeStance('later', 'macron', 'mission', { date: '2025-06', position: 'opposes' }),
          makeStance('other-actor', 'france', 'mission', { date: '2025-07', position: 'supports' }),
        ],
      }),
    );
    const previous = Object.fromEntries(
      timeline.map((item) => [item.id, item.type === 'stance' ? item.previous : 'fact']),
    );
    expect(previous).toEqual({ first: null, later: 'considers', 'other-actor': null });
  });

  it("keeps a fact's existing entries by name and kind, its source and its packs", () => {
    const [item] = buildTimeline(
      source({
        facts: [makeFact('f', ['france', 'gone'], { source: { outlet: 'AP', url: null, title: null } })],
        packsOf: new Map([['facts/f', ['starter']]]),
      }),
    );
    expect(item).toMatchObject({
      type: 'fact',
      entries: [{ id: 'france', name: 'France', kind: 'country' }],
      source: { outlet: 'AP' },
      packs: ['starter'],
    });
  });
});
