import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_LAYOUT, layoutOf } from '@/tests/helpers/db-layout';
import { alias, freshName, makeEntry, NOTHING_LOADED } from '@/tests/helpers/kb-records';
import { DB_VERSION } from './database';
import { type Kb, openKb } from './kb';

const open: Kb[] = [];
afterEach(() => {
  for (const kb of open.splice(0)) kb.close();
});

describe('database', () => {
  it('creates every store of the current version, with only the indexes features query', async () => {
    const name = freshName();
    open.push(await openKb(name));
    expect(DB_VERSION).toBe(CURRENT_LAYOUT.version);
    expect(await layoutOf(name)).toEqual(CURRENT_LAYOUT);
    const db = await openDB(name);
    expect(db.transaction('meta').store.keyPath).toBeNull();
    db.close();
  });

  it('keeps a database of the current version as it is when reopened', async () => {
    const name = freshName();
    const first = await openKb(name);
    const entry = makeEntry('macron', { aliases: [alias('Macron')] });
    const saved = await first.saveDraft({ entry, facts: [], stances: [] }, null, NOTHING_LOADED);
    first.close();
    const again = await openKb(name);
    open.push(again);
    expect(await again.entries()).toEqual([saved]);
    expect(await again.version()).toBe(1);
  });
});
