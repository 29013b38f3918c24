import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { makeEntry, makeFact, makeStance } from '@/tests/helpers/kb-records';
import type { DossierSource } from '@/utils/dossier/dossier-source';
import { buildMatrix, matrixPage } from '@/utils/dossier/matrix';
import { buildTimeline } from '@/utils/dossier/timeline';
import { filterTimeline, NO_FILTER, timelinePage } from '@/utils/dossier/timeline-filter';
import { POSITIONS } from '@/utils/model';

const ENTRIES = 10_000;
const FACTS = 50_000;
/** Stances between the first 2,000 actors and the first 300 proposals; the other entries have none. */
const STANCES = 20_000;
const PROPOSAL_KINDS = ['mission', 'coalition', 'guarantee'] as const;

/** A knowledge base of the size issue 14 names: 7,000 actors, 3,000 proposals, 50,000 facts, 20,000 stances. */
function largeSource(): DossierSource {
  const entries = Array.from({ length: ENTRIES }, (_, i) =>
    i < 7_000
      ? makeEntry(`actor-${i}`, { name: `Actor ${i}` })
      : makeEntry(`proposal-${i}`, { name: `Proposal ${i}`, kind: PROPOSAL_KINDS[i % 3] }),
  );
  const date = (i: number) => `${2020 + (i % 6)}-${String(1 + (i % 12)).padStart(2, '0')}`;
  const facts = Array.from({ length: FACTS }, (_, i) =>
    makeFact(`fact-${i}`, [entries[i % ENTRIES]!.id, entries[(i * 7) % ENTRIES]!.id], { date: date(i) }),
  );
  const stances = Array.from({ length: STANCES }, (_, i) =>
    makeStance(`stance-${i}`, `actor-${i % 2_000}`, `proposal-${7_000 + (i % 300)}`, {
      date: i % 10 === 0 ? null : date(i),
      position: POSITIONS[i % 4],
    }),
  );
  const packsOf = new Map(facts.filter((_, i) => i % 2 === 0).map((fact) => [`facts/${fact.id}`, ['big']]));
  return { entries, facts, stances, packsOf };
}

/** What `run` gave, and the time it took: wall clock and this process's CPU (steadier on a loaded machine). */
function timed<T>(run: () => T): { value: T; ms: string } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = run();
  const { user, system } = process.cpuUsage(cpu);
  return {
    value,
    ms: `${(performance.now() - start).toFixed(1)} (CPU ${((user + system) / 1000).toFixed(1)})`,
  };
}

describe('dossier at 10,000 entries and 50,000 facts', () => {
  it('builds, filters and pages the timeline and the matrix; prints the times (not asserted)', () => {
    const source = largeSource();
    const cold = timed(() => buildTimeline(source));
    const timeline = timed(() => buildTimeline(source));
    const filtered = timed(() =>
      filterTimeline(timeline.value, { ...NO_FILTER, pack: 'big', from: '2023', to: '2024-06' }),
    );
    const next = timed(() => timelinePage(filtered.value, 200, 100));
    const matrix = timed(() => buildMatrix(source));
    const page = timed(() => matrixPage(matrix.value, 0, 40));
    console.info(
      `dossier scale: timeline build ${cold.ms} ms cold, ${timeline.ms} ms warm (${timeline.value.length} items), filter ${filtered.ms} ms, next page of it ${next.ms} ms, matrix build ${matrix.ms} ms, matrix page ${page.ms} ms`,
    );
    expect(timeline.value).toHaveLength(FACTS + STANCES - STANCES / 10);
    expect(next.value.items).toHaveLength(100);
    expect(matrix.value.actors).toHaveLength(2_000);
    expect(page.value.actors).toHaveLength(40);
    expect(page.value.proposals.length).toBeLessThanOrEqual(300);
  });
});
