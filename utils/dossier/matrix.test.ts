import { describe, expect, it } from 'vitest';
import { makeEntry, makeStance } from '@/tests/helpers/kb-records';
import { buildMatrix, matrixPage } from './matrix';

const entries = [
  makeEntry('starmer', { name: 'Keir Starmer' }),
  makeEntry('macron', { name: 'Emmanuel Macron' }),
  makeEntry('silent', { name: 'Silent Actor' }),
  makeEntry('mission', { name: 'UN mission', kind: 'mission' }),
  makeEntry('coalition', { name: 'Coalition of the willing', kind: 'coalition' }),
  makeEntry('unused', { name: 'Unused guarantee', kind: 'guarantee' }),
];
const stances = [
  makeStance('m-mission-old', 'macron', 'mission', { date: '2025-01', position: 'considers' }),
  makeStance('m-mission-new', 'macron', 'mission', { date: '2025-06-01', position: 'opposes' }),
  makeStance('m-mission-undated', 'macron', 'mission', { date: null, position: 'supports', updatedAt: 9 }),
  makeStance('s-coalition', 'starmer', 'coalition', { date: null, position: 'proposes' }),
  makeStance('orphan', 'ghost', 'mission', { date: '2025-07' }),
];
const matrix = buildMatrix({ entries, stances, packsOf: new Map() });

describe('stance matrix', () => {
  it('has rows and columns only for actors and proposals with a stance, by name', () => {
    const page = matrixPage(matrix, 0, 50);
    expect(page.actors.map((actor) => actor.id)).toEqual(['macron', 'starmer']);
    expect(page.proposals.map((proposal) => proposal.id)).toEqual(['coalition', 'mission']);
  });

  it('shows the latest dated position first, an undated one after every dated one', () => {
    const cell = matrixPage(matrix, 0, 50).cells.find(
      (item) => item.actorId === 'macron' && item.proposal.id === 'mission',
    );
    expect(cell?.steps.map((step) => [step.id, step.previous])).toEqual([
      ['m-mission-new', 'considers'],
      ['m-mission-old', 'supports'],
      ['m-mission-undated', null],
    ]);
  });

  it('pages actors and keeps only the proposals the page needs', () => {
    const page = matrixPage(matrix, 1, 1);
    expect(page.totalActors).toBe(2);
    expect(page.actors.map((actor) => actor.id)).toEqual(['starmer']);
    expect(page.proposals.map((proposal) => proposal.id)).toEqual(['coalition']);
    expect(page.cells.map((cell) => cell.steps[0]?.id)).toEqual(['s-coalition']);
  });
});
