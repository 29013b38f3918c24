import { afterEach, describe, expect, it } from 'vitest';
import { generatedSource } from '@/tests/helpers/dossier-generated';
import { storeSource } from '@/tests/helpers/dossier-scale-kb';
import { freshKb, makeStance } from '@/tests/helpers/kb-records';
import type { DossierSource, StanceSource } from '@/utils/dossier/dossier-source';
import { buildMatrix, matrixPage } from '@/utils/dossier/matrix';
import { readDossierSource } from './dossier-read';
import type { Kb } from './kb';
import type { AnyTx } from './layout';

const open: Kb[] = [];
afterEach(() => {
  for (const kb of open.splice(0)) kb.close();
});

/** A generated base with a stance whose actor is gone and one of an actor that has no other, to page past both. */
async function stored(seed: number): Promise<Kb> {
  const source = generatedSource(seed);
  const stances = [
    ...source.stances,
    makeStance('dangling', 'gone', 'proposal-0', { date: '2026' }),
    makeStance('lone', 'actor-20', 'proposal-7', { date: null }),
  ];
  const kb = await freshKb();
  open.push(kb);
  await storeSource(kb, {
    ...source,
    stances,
    packsOf: new Map([...source.packsOf, ['stances/lone', ['c']]]),
  });
  return kb;
}

/** Reads the source as the background's build does, keeping the stance part it hands on early. */
async function readBoth(kb: Kb): Promise<{ part: StanceSource; whole: DossierSource }> {
  let part: StanceSource | null = null;
  const whole = await kb.read((tx) => readDossierSource(tx, { stances: (handed) => (part = handed) }));
  if (!part) throw new Error('the stance part was never handed on');
  return { part, whole };
}

describe('readDossierSource', () => {
  it.each([1, 2, 3])(
    "hands on a stance part whose matrix pages are the whole source's (generated base %i)",
    async (seed) => {
      const { part, whole } = await readBoth(await stored(seed));
      expect(part).not.toHaveProperty('facts');
      const early = buildMatrix(part);
      const built = buildMatrix(whole);
      expect(early.actors).toHaveLength(7);
      for (const [offset, limit] of [
        [0, 1],
        [0, 3],
        [2, 4],
        [0, 50],
        [7, 5],
      ] as const) {
        expect(matrixPage(early, offset, limit)).toEqual(matrixPage(built, offset, limit));
      }
      expect(early.cellsOf.get('actor-20')?.[0]?.steps[0]?.packs).toEqual(['c']);
    },
  );

  it('hands on the stance part while the facts are still held back', async () => {
    const kb = await stored(1);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let factsIn = false;
    let handedBeforeFacts: boolean | null = null;
    const whole = await kb.read((tx) => {
      const slowFacts = {
        objectStore: (name: 'entries') => {
          const store = tx.objectStore(name);
          if ((name as string) !== 'facts') return store;
          return {
            getAll: () =>
              store.getAll().then(async (facts) => {
                await held;
                factsIn = true;
                return facts;
              }),
          };
        },
      } as unknown as AnyTx;
      return readDossierSource(slowFacts, {
        stances: () => {
          handedBeforeFacts = !factsIn;
          release();
        },
      });
    });
    expect(handedBeforeFacts).toBe(true);
    expect(whole.facts).toHaveLength(400);
  });
});
