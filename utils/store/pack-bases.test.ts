import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_LAYOUT, layoutOf } from '@/tests/helpers/db-layout';
import { freshKb, freshName, makeEntry, makePack } from '@/tests/helpers/kb-records';
import { PEACE_2025_PACK, STARTER_PACK } from '@/utils/bundled-packs';
import { undoBulk } from './bulk-undo';
import { upgradeKb } from './database';
import { type Kb, openKb } from './kb';
import type { KbSchema } from './layout';
import { type PackBase, readBase } from './pack-bases';
import { importPack, restoreStarter } from './pack-io';

const open: Kb[] = [];
afterEach(() => {
  for (const kb of open.splice(0)) kb.close();
});

const stamp = { createdAt: 100, updatedAt: 100, rev: 1 };
const v1 = { ...makePack({ entries: [makeEntry('rutte', stamp)] }), title: PEACE_2025_PACK.title };
const v2 = { ...v1, exportedAt: '2026-02-01T10:00:00.000Z', entries: [makeEntry('merz', stamp)] };
const baseIn = (kb: Kb, id: string) => kb.read((tx) => readBase(tx, id));
const expectedBase = (id: string, pack: typeof v1): PackBase => ({
  id,
  version: pack.exportedAt.slice(0, 10),
  exportedAt: pack.exportedAt,
  records: { entries: pack.entries, facts: pack.facts, stances: pack.stances },
});

describe('pack bases', () => {
  it('upgrades a version 7 database: adds the empty store and keeps what was stored', async () => {
    const name = freshName();
    const db = await openDB<KbSchema>(name, 7, {
      upgrade(v7, oldVersion, newVersion, tx) {
        upgradeKb(v7, oldVersion, newVersion, tx);
        v7.deleteObjectStore('pack-bases');
        v7.deleteObjectStore('kept-matrix');
        v7.deleteObjectStore('kept-matcher');
        tx.objectStore('facts').deleteIndex('timeline');
        tx.objectStore('stances').deleteIndex('timeline');
      },
    });
    const entry = makeEntry('macron', stamp);
    await db.put('entries', entry);
    db.close();
    const kb = await openKb(name);
    open.push(kb);
    expect(await layoutOf(name)).toEqual(CURRENT_LAYOUT);
    expect(await kb.entries()).toEqual([entry]);
    expect(await baseIn(kb, 'starter')).toBeNull();
  });

  it('keeps the version of a bundled pack last installed, and an undo puts the earlier one back', async () => {
    const kb = await freshKb();
    open.push(kb);
    await importPack(kb, v1, 'merge', PEACE_2025_PACK);
    expect(await baseIn(kb, PEACE_2025_PACK.id)).toEqual(expectedBase(PEACE_2025_PACK.id, v1));
    const summary = await importPack(kb, v2, 'merge', PEACE_2025_PACK);
    expect(await baseIn(kb, PEACE_2025_PACK.id)).toEqual(expectedBase(PEACE_2025_PACK.id, v2));
    await undoBulk(kb, summary.undo!.id);
    expect(await baseIn(kb, PEACE_2025_PACK.id)).toEqual(expectedBase(PEACE_2025_PACK.id, v1));
  });

  it('keeps no base for an imported file, and the first install’s undo removes the base again', async () => {
    const kb = await freshKb();
    open.push(kb);
    await importPack(kb, { ...v1, title: 'A file' }, 'merge');
    expect(await baseIn(kb, 'a-file')).toBeNull();
    const summary = await importPack(kb, v1, 'merge', PEACE_2025_PACK);
    await undoBulk(kb, summary.undo!.id);
    expect(await baseIn(kb, PEACE_2025_PACK.id)).toBeNull();
  });

  it('keeps the starter pack’s copy as its base when it is re-installed', async () => {
    const kb = await freshKb();
    open.push(kb);
    const starter = { ...v1, title: STARTER_PACK.title };
    await restoreStarter(kb, starter);
    expect(await baseIn(kb, STARTER_PACK.id)).toEqual(expectedBase(STARTER_PACK.id, starter));
  });
});
