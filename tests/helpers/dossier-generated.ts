import type { DossierSource } from '@/utils/dossier/dossier-source';
import { POSITIONS } from '@/utils/model';
import { makeEntry, makeFact, makeStance } from './kb-records';

/** A deterministic stream of numbers below `n`, so the generated knowledge base is the same on every run. */
function picker(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((state / 2_147_483_648) * n);
  };
}

/** Dates of every precision, few enough that many records share one, and edit times that tie too. */
const DATES = ['2024', '2024-12', '2024-12-31', '2025', '2025-01', '2025-01-05', '2025-01-15', '2025-02'];

/**
 * A small generated knowledge base, the same for one seed on every run: facts naming entries that are gone, stances
 * of six actors on three proposals with many changes of mind, some undated, dates and edit times that tie, and packs
 * on some facts and stances, so a read that takes a shortcut can be checked against the one that reads everything.
 */
export function generatedSource(seed: number): DossierSource {
  const pick = picker(seed);
  const actors = Array.from({ length: 30 }, (_, i) => makeEntry(`actor-${i}`, { name: `Actor ${i}` }));
  const proposals = Array.from({ length: 8 }, (_, i) =>
    makeEntry(`proposal-${i}`, { name: `Proposal ${i}`, kind: 'mission' }),
  );
  const entries = [...actors, ...proposals];
  const facts = Array.from({ length: 400 }, (_, i) =>
    makeFact(`fact-${pick(1_000)}-${i}`, [entries[pick(entries.length)]!.id, `gone-${pick(3)}`], {
      date: DATES[pick(DATES.length)]!,
      updatedAt: pick(3),
    }),
  );
  const stances = Array.from({ length: 250 }, (_, i) =>
    makeStance(`stance-${pick(1_000)}-${i}`, actors[pick(6)]!.id, proposals[pick(3)]!.id, {
      date: pick(6) === 0 ? null : DATES[pick(DATES.length)]!,
      position: POSITIONS[pick(4)],
      updatedAt: pick(3),
    }),
  );
  const packsOf = new Map<string, string[]>();
  for (const { id } of facts) if (pick(3) > 0) packsOf.set(`facts/${id}`, pick(2) ? ['a'] : ['a', 'b']);
  for (const { id } of stances) if (pick(2) > 0) packsOf.set(`stances/${id}`, ['b']);
  return { entries, facts, stances, packsOf };
}
