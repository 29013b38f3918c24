import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_LAYOUT, layoutOf } from '@/tests/helpers/db-layout';
import { freshKb, makeEntry, makeStance, NOTHING_LOADED } from '@/tests/helpers/kb-records';
import { upgradedFrom } from '@/tests/helpers/older-kb';
import { buildMatrix, matrixPage } from '@/utils/dossier/matrix';
import type { Kb } from './kb';
import { matrixFromParts, matrixParts } from './kept-matrix';

/** 230 actors, each with a stance on one of three proposals, so pages cross parts and the last part is short. */
const ACTORS = 230;
const pad = (at: number) => String(at).padStart(3, '0');
const entries = [
  ...Array.from({ length: ACTORS }, (_, at) => makeEntry(`a${pad(at)}`, { name: `Actor ${pad(at)}` })),
  ...['p0', 'p1', 'p2'].map((id) => makeEntry(id, { name: `Proposal ${id}`, kind: 'mission' })),
];
const stances = Array.from({ length: ACTORS }, (_, at) =>
  makeStance(`s${at}`, `a${pad(at)}`, `p${at % 3}`, { date: '2025-05' }),
);
const matrix = buildMatrix({ entries, stances, packsOf: new Map() });
const parts = matrixParts(matrix, 7);
const open: Kb[] = [];
afterEach(() => {
  for (const kb of open.splice(0)) kb.close();
});

describe('kept matrix', () => {
  it('gives back the built matrix from its parts, the last one short', () => {
    expect(parts.map((part) => part.actors.length)).toEqual([100, 100, 30]);
    expect(matrixFromParts(parts, 7)).toEqual(matrix);
    expect(matrixPage(matrixFromParts(parts, 7)!, 150, 100)).toEqual(matrixPage(matrix, 150, 100));
  });

  it('gives nothing from parts of another version or build, or when a part is missing', () => {
    expect(matrixFromParts(parts, 8)).toBeNull();
    expect(matrixFromParts([parts[0]!, { ...parts[1]!, build: 'an older build' }, parts[2]!], 7)).toBeNull();
    expect(matrixFromParts([parts[0]!, { ...parts[1]!, version: 6 }, parts[2]!], 7)).toBeNull();
    expect(matrixFromParts(parts.slice(0, 2), 7)).toBeNull();
    expect(matrixFromParts([], 7)).toBeNull();
  });

  it('keeps an empty matrix as one part, so an empty matrix is kept too', () => {
    const empty = buildMatrix({ entries, stances: [], packsOf: new Map() });
    const kept = matrixParts(empty, 3);
    expect(kept).toHaveLength(1);
    expect(matrixFromParts(kept, 3)).toEqual(empty);
  });

  it('is read back at its version only, and a matrix built before the last write is not kept', async () => {
    const kb = await freshKb();
    open.push(kb);
    await kb.saveDraft({ entry: makeEntry('one'), facts: [], stances: [] }, null, NOTHING_LOADED);
    await kb.kept.keepMatrix(1, matrix);
    expect(await kb.kept.matrix(1)).toEqual(matrix);
    expect(await kb.kept.matrix(2)).toBeNull();
    await kb.saveDraft({ entry: makeEntry('two'), facts: [], stances: [] }, null, NOTHING_LOADED);
    await kb.kept.keepMatrix(1, buildMatrix({ entries, stances: [], packsOf: new Map() }));
    expect(await kb.kept.matrix(1)).toEqual(matrix);
  });

  it('upgrades a version 9 database: adds the empty store and keeps what was stored', async () => {
    const { name, kb } = await upgradedFrom(9, ['kept-matrix', 'kept-matcher'], makeEntry('macron'));
    open.push(kb);
    expect(await layoutOf(name)).toEqual(CURRENT_LAYOUT);
    expect(await kb.entries()).toEqual([makeEntry('macron')]);
    expect(await kb.kept.matrix(0)).toBeNull();
  });
});
