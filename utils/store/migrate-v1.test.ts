import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_LAYOUT, layoutOf } from '@/tests/helpers/db-layout';
import { dump, freshName } from '@/tests/helpers/kb-records';
import { blankEntry } from '@/utils/model';
import { type Kb, openKb } from './kb';
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

describe('upgrade from version 1', () => {
  it('migrates alias strings to objects, fills new fields, adds empty stores and the current indexes', async () => {
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
      ...blankEntry('un', 'organisation', 'United Nations'),
      aliases: [
        { text: 'UN', caseSensitive: true, needsContext: false },
        { text: 'Vereinte Nationen', caseSensitive: false, needsContext: false },
      ],
      createdAt: 5000,
      updatedAt: 5000,
      rev: 1,
    });
    expect((await kb.draft('guterres'))?.entry.role).toBe('Secretary-General');
    expect(before.facts).toEqual([]);
    expect(before.stances).toEqual([]);
    expect(await kb.version()).toBe(0);
    expect(await layoutOf(name)).toEqual(CURRENT_LAYOUT);
  });

  it('leaves a version 1 database untouched when its migration fails', async () => {
    const name = freshName();
    const broken = { id: 'x', kind: 'person', name: 'X', aliases: null } as unknown as V1Entry;
    await createV1(name, [broken]);
    await expect(openKb(name)).rejects.toThrow();
    expect(await layoutOf(name)).toEqual({ version: 1, stores: { entries: ['kind'] } });
    const db = await openDB(name);
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
});
