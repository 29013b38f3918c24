import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import starter from '@/public/starter-pack.json';
import { CURRENT_LAYOUT, layoutOf } from '@/tests/helpers/db-layout';
import { freshName, makeEntry } from '@/tests/helpers/kb-records';
import type { Entry, Fact, Stance } from '@/utils/model';
import { listPacks } from './installed-packs';
import { type Kb, openKb } from './kb';

const open: Kb[] = [];
afterEach(() => {
  for (const kb of open.splice(0)) kb.close();
});

/** Creates a real version 4 database as that build laid it out, holding the given records. */
async function createV4(name: string, records: { entries: Entry[]; facts: Fact[]; stances: Stance[] }) {
  const db = await openDB(name, 4, {
    upgrade(v4) {
      v4.createObjectStore('entries', { keyPath: 'id' });
      v4.createObjectStore('facts', { keyPath: 'id' }).createIndex('entryIds', 'entryIds', {
        multiEntry: true,
      });
      const stances = v4.createObjectStore('stances', { keyPath: 'id' });
      stances.createIndex('actorId', 'actorId');
      stances.createIndex('proposalId', 'proposalId');
      v4.createObjectStore('meta');
    },
  });
  for (const entry of records.entries) await db.put('entries', entry);
  for (const fact of records.facts) await db.put('facts', fact);
  for (const stance of records.stances) await db.put('stances', stance);
  await db.put('meta', true, 'starterInstalled');
  db.close();
}

const [first, second] = starter.entries as Entry[];
const fact = starter.facts[0] as Fact;
const stance = starter.stances[0] as Stance;

describe('upgrade from version 4', () => {
  it('gives the starter records the starter pack, edited when their revision moved, and the rest to the reader', async () => {
    const name = freshName();
    const edited = { ...second!, summary: 'My own words.', rev: 2 };
    const changedInRelease = { ...fact, text: 'The text as an earlier release shipped it.' };
    const mine = makeEntry('my-own', { rev: 1 });
    await createV4(name, { entries: [first!, edited, mine], facts: [changedInRelease], stances: [stance] });
    const kb = await openKb(name);
    open.push(kb);
    expect(await layoutOf(name)).toEqual(CURRENT_LAYOUT);
    const title = starter.title;
    expect(await kb.origin(first!.id)).toEqual({ packs: [title], edited: false });
    expect(await kb.origin(edited.id)).toEqual({ packs: [title], edited: true });
    expect(await kb.origin('my-own')).toEqual({ packs: [], edited: false });
    const origins = await kb.read(async (tx) => {
      const store = tx.objectStore('origins');
      const values = await store.getAll();
      return Object.fromEntries((await store.getAllKeys()).map((key, i) => [key, values[i]]));
    });
    const fromStarter = { packs: ['starter'], edited: false };
    expect(origins).toEqual({
      [`entries/${first!.id}`]: fromStarter,
      [`entries/${second!.id}`]: { packs: ['starter'], edited: true },
      [`facts/${fact.id}`]: fromStarter,
      [`stances/${stance.id}`]: fromStarter,
    });
    const [pack] = await listPacks(kb);
    expect(pack).toMatchObject({
      id: 'starter',
      title,
      version: '2025-03-21',
      publisher: 'Fact Linker',
      counts: {
        entries: starter.entries.length,
        facts: starter.facts.length,
        stances: starter.stances.length,
      },
      enabled: true,
    });
    expect(await kb.entries()).toEqual([first, edited, mine].sort((a, b) => a!.id.localeCompare(b!.id)));
  });

  it('lists no pack and stores no origin for a database without starter records', async () => {
    const name = freshName();
    await createV4(name, { entries: [makeEntry('my-own', { rev: 1 })], facts: [], stances: [] });
    const kb = await openKb(name);
    open.push(kb);
    expect(await listPacks(kb)).toEqual([]);
    expect(await kb.read((tx) => tx.objectStore('origins').count())).toBe(0);
    expect(await kb.origin('my-own')).toEqual({ packs: [], edited: false });
  });
});
