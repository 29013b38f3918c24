import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_LAYOUT, layoutOf } from '@/tests/helpers/db-layout';
import { freshKb, freshName, makeEntry, seed } from '@/tests/helpers/kb-records';
import { VISIT_GAP_MS } from '@/utils/seen';
import { type Kb, openKb } from './kb';

const DAY = 86_400_000;
const KEEP = { maxAgeDays: 90, maxPages: 200 };
const open: Kb[] = [];
afterEach(() => {
  for (const kb of open.splice(0)) kb.close();
});

async function kbWith(...ids: string[]): Promise<Kb> {
  const kb = await freshKb();
  open.push(kb);
  await seed(kb, { entries: ids.map((id) => makeEntry(id)) });
  return kb;
}

const page = (n: number) => ({ page: `https://news.example/${n}`, title: `Story ${n}` });

describe('SeenLog', () => {
  it('records each existing entry of a report, counts visits not reports, and bumps no knowledge-base version', async () => {
    const kb = await kbWith('macron', 'merz');
    const log = kb.seenLog();
    const version = await kb.version();
    expect(await log.record(['macron', 'ghost'], page(1), 1_000, KEEP)).toBe(true);
    expect(await log.record(['macron'], page(1), 2_000, KEEP)).toBe(false);
    for (let at = 62_000; at < VISIT_GAP_MS; at += 120_000) await log.record(['macron'], page(1), at, KEEP);
    const again = 1_000 + 2 * VISIT_GAP_MS;
    expect(await log.record(['macron'], page(1), again, KEEP)).toBe(true);
    expect(await log.record(['ghost'], page(2), again, KEEP)).toBe(false);
    expect(await log.list('macron', 0, 10)).toEqual({
      total: 1,
      pages: [{ entryId: 'macron', ...page(1), firstSeen: 1_000, lastSeen: again, count: 2 }],
    });
    expect(await log.list('ghost', 0, 10)).toEqual({ total: 0, pages: [] });
    expect(await kb.version()).toBe(version);
  });

  it('lists an entry latest first, paged, and gives cards the total with the latest three', async () => {
    const kb = await kbWith('macron');
    const log = kb.seenLog();
    for (let n = 1; n <= 5; n += 1) await log.record(['macron'], page(n), n * 1_000, KEEP);
    const listed = await log.list('macron', 1, 2);
    expect(listed.total).toBe(5);
    expect(listed.pages.map((p) => p.page)).toEqual([page(4).page, page(3).page]);
    const [card] = await kb.cards(['macron']);
    expect(card?.seen.total).toBe(5);
    expect(card?.seen.latest.map((p) => p.title)).toEqual(['Story 5', 'Story 4', 'Story 3']);
  });

  it('keeps at most the maximum pages per entry on write, dropping the oldest, and other entries untouched', async () => {
    const kb = await kbWith('macron', 'merz');
    const log = kb.seenLog();
    await log.record(['merz'], page(0), 500, KEEP);
    for (let n = 1; n <= 4; n += 1)
      await log.record(['macron'], page(n), n * 1_000, { maxAgeDays: 90, maxPages: 2 });
    expect((await log.list('macron', 0, 10)).pages.map((p) => p.page)).toEqual([page(4).page, page(3).page]);
    expect((await log.list('merz', 0, 10)).total).toBe(1);
  });

  it('drops pages past the maximum age on write and on prune, keeping younger ones', async () => {
    const kb = await kbWith('macron', 'merz');
    const log = kb.seenLog();
    const month = { maxAgeDays: 30, maxPages: 200 };
    await log.record(['macron', 'merz'], page(1), 0, month);
    await log.record(['merz'], page(2), 29 * DAY, month);
    await log.record(['macron'], page(3), 31 * DAY, month);
    expect((await log.list('macron', 0, 10)).pages.map((p) => p.page)).toEqual([page(3).page]);
    expect((await log.list('merz', 0, 10)).total).toBe(2);
    await log.prune(month, 31 * DAY);
    expect((await log.list('merz', 0, 10)).pages.map((p) => p.page)).toEqual([page(2).page]);
  });

  it('prunes every entry to a lowered count, latest kept', async () => {
    const kb = await kbWith('macron', 'merz');
    const log = kb.seenLog();
    for (let n = 1; n <= 4; n += 1) await log.record(['macron', 'merz'], page(n), n * 1_000, KEEP);
    await log.prune({ maxAgeDays: 90, maxPages: 1 }, 5_000);
    expect((await log.list('macron', 0, 10)).pages.map((p) => p.page)).toEqual([page(4).page]);
    expect((await log.list('merz', 0, 10)).pages.map((p) => p.page)).toEqual([page(4).page]);
  });

  it('clears every page of every entry', async () => {
    const kb = await kbWith('macron', 'merz');
    const log = kb.seenLog();
    await log.record(['macron', 'merz'], page(1), 1_000, KEEP);
    await log.clear();
    expect((await log.list('macron', 0, 10)).total).toBe(0);
    expect((await kb.cards(['merz']))[0]?.seen).toEqual({ total: 0, latest: [] });
  });

  it('stays bounded: 10,000 reports across 500 pages keep at most the maximum per entry', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `e${i}`);
    const kb = await kbWith(...ids);
    const log = kb.seenLog();
    const retention = { maxAgeDays: 90, maxPages: 50 };
    for (let n = 0; n < 10_000; n += 1) {
      await log.record([ids[Math.floor(n / 500)]!], page(n % 500), n * 60_000, retention);
    }
    const totals = await Promise.all(ids.map(async (id) => (await log.list(id, 0, 0)).total));
    expect(totals).toEqual(ids.map(() => 50));
    expect(await kb.read((tx) => tx.objectStore('seen').count())).toBe(20 * 50);
  }, 120_000);
});

describe('upgrade from version 6', () => {
  it('adds an empty mention log with its indexes and keeps every record', async () => {
    const name = freshName();
    const v6 = await openDB(name, 6, {
      upgrade(db) {
        db.createObjectStore('entries', { keyPath: 'id' });
        db.createObjectStore('facts', { keyPath: 'id' }).createIndex('entryIds', 'entryIds', {
          multiEntry: true,
        });
        const stances = db.createObjectStore('stances', { keyPath: 'id' });
        stances.createIndex('actorId', 'actorId');
        stances.createIndex('proposalId', 'proposalId');
        for (const store of ['meta', 'origins', 'undo']) db.createObjectStore(store);
        db.createObjectStore('packs', { keyPath: 'id' });
      },
    });
    await v6.put('entries', makeEntry('macron'));
    await v6.put('meta', 4, 'version');
    v6.close();
    const kb = await openKb(name);
    open.push(kb);
    expect(await layoutOf(name)).toEqual(CURRENT_LAYOUT);
    expect((await kb.entries()).map((entry) => entry.id)).toEqual(['macron']);
    expect(await kb.version()).toBe(4);
    expect((await kb.cards(['macron']))[0]?.seen).toEqual({ total: 0, latest: [] });
    await kb.seenLog().record(['macron'], page(1), 1_000, KEEP);
    expect((await kb.seenLog().list('macron', 0, 1)).total).toBe(1);
  });
});
