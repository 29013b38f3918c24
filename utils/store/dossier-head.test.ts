import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_LAYOUT, layoutOf } from '@/tests/helpers/db-layout';
import { generatedSource } from '@/tests/helpers/dossier-generated';
import { storeSource } from '@/tests/helpers/dossier-scale-kb';
import { freshKb, freshName, makeEntry, makeFact, makeStance } from '@/tests/helpers/kb-records';
import type { DossierSource } from '@/utils/dossier/dossier-source';
import { buildTimeline } from '@/utils/dossier/timeline';
import { timelinePage } from '@/utils/dossier/timeline-filter';
import { upgradeKb } from './database';
import { readDossierHead } from './dossier-head';
import { readDossierSource } from './dossier-read';
import { type Kb, openKb } from './kb';
import type { KbSchema } from './layout';

const open: Kb[] = [];
afterEach(() => {
  for (const kb of open.splice(0)) kb.close();
});

async function stored(source: DossierSource): Promise<Kb> {
  const kb = await freshKb();
  open.push(kb);
  await storeSource(kb, source);
  return kb;
}

describe('readDossierHead', () => {
  it.each([1, 2, 3])(
    'gives the same first pages as the timeline built from every record (generated base %i)',
    async (seed) => {
      const kb = await stored(generatedSource(seed));
      const whole = buildTimeline(await kb.read((tx) => readDossierSource(tx)));
      for (const [offset, limit] of [
        [0, 1],
        [0, 7],
        [0, 100],
        [40, 60],
        [0, 500],
      ] as const) {
        const head = await kb.read((tx) => readDossierHead(tx, offset + limit));
        const page = timelinePage(buildTimeline(head.source), offset, limit);
        expect({ ...page, total: head.total }).toEqual(timelinePage(whole, offset, limit));
      }
    },
  );

  it('reads the latest records alone, not every one', async () => {
    const kb = await stored(generatedSource(4));
    const head = await kb.read((tx) => readDossierHead(tx, 10));
    expect(head.source.facts).toHaveLength(10);
    expect(head.source.facts.map((fact) => fact.date)).toEqual(Array(10).fill('2025-02'));
    expect(head.source.stances.length).toBeLessThan(250);
    expect(head.source.entries.length).toBeLessThan(38);
  });

  it('passes over a stance whose actor is gone, as the built timeline does, and an undated one', async () => {
    const kb = await stored({
      entries: [makeEntry('macron'), makeEntry('mission', { kind: 'mission' })],
      facts: [makeFact('old', ['macron'], { date: '2020' })],
      stances: [
        makeStance('dangling', 'gone', 'mission', { date: '2026' }),
        makeStance('undated', 'macron', 'mission', { date: null, position: 'opposes' }),
        makeStance('dated', 'macron', 'mission', { date: '2025' }),
      ],
      packsOf: new Map(),
    });
    const head = await kb.read((tx) => readDossierHead(tx, 2));
    const items = buildTimeline(head.source);
    expect(items.map((item) => item.id)).toEqual(['dated', 'old']);
    expect(items[0]).toMatchObject({ previous: 'opposes' });
  });

  it('reads a database upgraded from version 8: the new index covers the records it held', async () => {
    const name = freshName();
    const db = await openDB<KbSchema>(name, 8, {
      upgrade(v8, oldVersion, newVersion, tx) {
        upgradeKb(v8, oldVersion, newVersion, tx);
        v8.deleteObjectStore('kept-matrix');
        v8.deleteObjectStore('kept-matcher');
        tx.objectStore('facts').deleteIndex('timeline');
        tx.objectStore('stances').deleteIndex('timeline');
      },
    });
    await db.put('entries', makeEntry('macron'));
    await db.put('entries', makeEntry('mission', { kind: 'mission' }));
    await db.put('facts', makeFact('met', ['macron'], { date: '2025-02' }));
    await db.put('stances', makeStance('backs', 'macron', 'mission', { date: '2025-03' }));
    await db.put('stances', makeStance('undated', 'macron', 'mission'));
    db.close();
    const kb = await openKb(name);
    open.push(kb);
    expect(await layoutOf(name)).toEqual(CURRENT_LAYOUT);
    const head = await kb.read((tx) => readDossierHead(tx, 10));
    expect(head.total).toBe(2);
    expect(buildTimeline(head.source).map((item) => item.id)).toEqual(['backs', 'met']);
  });
});
