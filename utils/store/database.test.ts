import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { alias, dump, freshName, makeEntry } from '../../tests/helpers/kb-records';
import { DB_VERSION } from './database';
import type { Kb } from './kb';
import { openKb } from './kb';
import { entryFromV1, type V1Entry } from './migrate-v1';

const open: Kb[] = [];
afterEach(() => {
  for (const kb of open.splice(0)) kb.close();
  vi.useRealTimers();
});

/** Creates a real version 1 database: one `entries` store keyed by id with a `kind` index, string aliases. */
async function createV1(name: string, records: V1Entry[]): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(v1) {
      v1.createObjectStore('entries', { keyPath: 'id' }).createIndex('kind', 'kind');
    },
  });
  for (const record of records) await db.put('entries', record);
  db.close();
}

describe('database', () => {
  it('creates every version 2 store and index in a new database', async () => {
    const name = freshName();
    open.push(await openKb(name));
    const db = await openDB(name);
    const tx = db.transaction(['entries', 'facts', 'stances', 'meta']);
    const indexes = (store: string) => [...tx.objectStore(store).indexNames].sort();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'facts', 'meta', 'stances']);
    expect(indexes('entries')).toEqual(['aliasKeys', 'kind', 'updatedAt']);
    expect(indexes('facts')).toEqual(['date', 'entryIds']);
    expect(indexes('stances')).toEqual(['actorId', 'proposalId']);
    expect(tx.objectStore('entries').index('aliasKeys').multiEntry).toBe(true);
    expect(tx.objectStore('facts').index('entryIds').multiEntry).toBe(true);
    expect(tx.objectStore('meta').keyPath).toBeNull();
    db.close();
  });

  it('migrates a version 1 database: alias objects, filled fields, alias keys, empty new stores', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(5000);
    const name = freshName();
    await createV1(name, [
      { id: 'un', kind: 'organisation', name: 'United Nations', aliases: ['UN', 'Vereinte Nationen'] },
      {
        id: 'guterres',
        kind: 'person',
        name: 'António Guterres',
        aliases: ['Guterres'],
        role: 'Secretary-General',
      },
    ]);
    const kb = await openKb(name);
    open.push(kb);
    const before = await dump(kb);
    expect(before.entries.find((e) => e.id === 'un')).toEqual({
      id: 'un',
      kind: 'organisation',
      name: 'United Nations',
      aliases: [
        { text: 'UN', caseSensitive: true, needsContext: false },
        { text: 'Vereinte Nationen', caseSensitive: false, needsContext: false },
      ],
      role: '',
      affiliation: null,
      summary: '',
      caveat: '',
      links: [],
      tags: [],
      createdAt: 5000,
      updatedAt: 5000,
      rev: 1,
      aliasKeys: ['united nations', 'un', 'vereinte nationen'],
    });
    expect((await kb.draft('guterres'))?.entry.role).toBe('Secretary-General');
    expect(before.facts).toEqual([]);
    expect(before.stances).toEqual([]);
    expect(await kb.version()).toBe(0);
  });

  it('leaves a version 1 database untouched when its migration fails', async () => {
    const name = freshName();
    const broken = { id: 'x', kind: 'person', name: 'X', aliases: null } as unknown as V1Entry;
    await createV1(name, [broken]);
    await expect(openKb(name)).rejects.toThrow();
    const db = await openDB(name);
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames]).toEqual(['entries']);
    expect(await db.getAll('entries')).toEqual([broken]);
    db.close();
  });

  it('treats only all-capital aliases as case sensitive and keeps fields version 1 already had', () => {
    const old: V1Entry = {
      id: 'g7',
      kind: 'coalition',
      name: 'Group of Seven',
      aliases: ['G7', 'Un', '7'],
      rev: 4,
    };
    const entry = entryFromV1(old, 10);
    expect(entry.aliases.map((alias) => alias.caseSensitive)).toEqual([true, false, false]);
    expect(entry.rev).toBe(4);
  });

  it('keeps a version 2 database as it is when reopened', async () => {
    const name = freshName();
    const first = await openKb(name);
    const entry = makeEntry('macron', { aliases: [alias('Macron')] });
    const saved = await first.saveDraft({ entry, facts: [], stances: [] }, null);
    first.close();
    const again = await openKb(name);
    open.push(again);
    expect(await again.entries()).toEqual([saved]);
    expect(await again.version()).toBe(1);
  });
});
