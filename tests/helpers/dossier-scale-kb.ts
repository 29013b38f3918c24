import { performance } from 'node:perf_hooks';
import type { DossierSource } from '@/utils/dossier/dossier-source';
import { POSITIONS } from '@/utils/model';
import type { Kb } from '@/utils/store/kb';
import { makeEntry, makeFact, makeStance } from './kb-records';

/** Issue 14's scale: 10,000 entries (7,000 actors, 3,000 proposals), 50,000 facts, 20,000 stances. */
export const SCALE = { entries: 10_000, facts: 50_000, stances: 20_000 } as const;
const PROPOSAL_KINDS = ['mission', 'coalition', 'guarantee'] as const;

/**
 * A knowledge base of issue 14's size: stances between the first 2,000 actors and the first 300 proposals (a tenth
 * undated), every other fact from pack `big`, all stamped at one time, as one import leaves them.
 */
export function largeSource(): DossierSource {
  const entries = Array.from({ length: SCALE.entries }, (_, i) =>
    i < 7_000
      ? makeEntry(`actor-${i}`, { name: `Actor ${i}` })
      : makeEntry(`proposal-${i}`, { name: `Proposal ${i}`, kind: PROPOSAL_KINDS[i % 3] }),
  );
  const date = (i: number) => `${2020 + (i % 6)}-${String(1 + (i % 12)).padStart(2, '0')}`;
  const facts = Array.from({ length: SCALE.facts }, (_, i) =>
    makeFact(`fact-${i}`, [entries[i % SCALE.entries]!.id, entries[(i * 7) % SCALE.entries]!.id], {
      date: date(i),
    }),
  );
  const stances = Array.from({ length: SCALE.stances }, (_, i) =>
    makeStance(`stance-${i}`, `actor-${i % 2_000}`, `proposal-${7_000 + (i % 300)}`, {
      date: i % 10 === 0 ? null : date(i),
      position: POSITIONS[i % 4],
    }),
  );
  const packsOf = new Map(facts.filter((_, i) => i % 2 === 0).map((fact) => [`facts/${fact.id}`, ['big']]));
  return { entries, facts, stances, packsOf };
}

/**
 * Writes `source` straight into the stores in one write (the import's checks would take minutes at this size and
 * are not what is measured), with an origin for every entry of pack `big` too, as a pack install leaves them.
 */
export function storeSource(kb: Kb, source: DossierSource): Promise<void> {
  return kb.write(async (tx) => {
    const puts: Promise<unknown>[] = [];
    for (const entry of source.entries) {
      puts.push(tx.objectStore('entries').put(entry));
      puts.push(tx.objectStore('origins').put({ packs: ['big'], edited: false }, `entries/${entry.id}`));
    }
    for (const fact of source.facts) puts.push(tx.objectStore('facts').put(fact));
    for (const stance of source.stances) puts.push(tx.objectStore('stances').put(stance));
    for (const [key, packs] of source.packsOf)
      puts.push(tx.objectStore('origins').put({ packs: [...packs], edited: false }, key));
    await Promise.all(puts);
  });
}

/** What `run` gave, and the time it took: wall clock and this process's CPU (steadier on a loaded machine). */
export async function timed<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: string }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await run();
  const { user, system } = process.cpuUsage(cpu);
  return {
    value,
    ms: `${(performance.now() - start).toFixed(1)} (CPU ${((user + system) / 1000).toFixed(1)})`,
  };
}
