import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_LAYOUT, layoutOf } from '@/tests/helpers/db-layout';
import { alias, dump, freshName, makeEntry, makeFact, makeStance } from '@/tests/helpers/kb-records';
import type { Entry, Fact, Stance } from '@/utils/model';
import { type Kb, openKb } from './kb';

const open: Kb[] = [];
afterEach(() => {
  for (const kb of open.splice(0)) kb.close();
});

const stamps = { createdAt: 100, updatedAt: 200, rev: 3 };
const macron = makeEntry('macron', { name: 'Emmanuel Macron', aliases: [alias('Macron')], ...stamps });
const mission = makeEntry('mission', { kind: 'mission', name: 'Reassurance force', ...stamps });
const fact = makeFact('f1', ['macron'], stamps);
const stance = makeStance('s1', 'macron', 'mission', stamps);

/**
 * Creates a real version 2 database as that build laid it out: entries with kind, recency and alias-key indexes
 * (each entry storing its folded `aliasKeys`), facts by entry and by date, stances by actor and by proposal, meta.
 */
async function createV2(name: string, records: { entries: Entry[]; facts: Fact[]; stances: Stance[] }) {
  const db = await openDB(name, 2, {
    upgrade(v2) {
      const entries = v2.createObjectStore('entries', { keyPath: 'id' });
      entries.createIndex('kind', 'kind');
      entries.createIndex('updatedAt', 'updatedAt');
      entries.createIndex('aliasKeys', 'aliasKeys', { multiEntry: true });
      const facts = v2.createObjectStore('facts', { keyPath: 'id' });
      facts.createIndex('entryIds', 'entryIds', { multiEntry: true });
      facts.createIndex('date', 'date');
      const stances = v2.createObjectStore('stances', { keyPath: 'id' });
      stances.createIndex('actorId', 'actorId');
      stances.createIndex('proposalId', 'proposalId');
      v2.createObjectStore('meta');
    },
  });
  for (const entry of records.entries) {
    const aliasKeys = [entry.name, ...entry.aliases.map((a) => a.text)].map((text) => text.toLowerCase());
    await db.put('entries', { ...entry, aliasKeys });
  }
  for (const record of records.facts) await db.put('facts', record);
  for (const record of records.stances) await db.put('stances', record);
  await db.put('meta', 7, 'version');
  await db.put('meta', true, 'starterInstalled');
  db.close();
}

describe('upgrade from version 2', () => {
  it('drops the unused indexes and the stored alias keys, keeping every record and the meta as they were', async () => {
    const name = freshName();
    await createV2(name, { entries: [macron, mission], facts: [fact], stances: [stance] });
    const kb = await openKb(name);
    open.push(kb);
    expect(await layoutOf(name)).toEqual(CURRENT_LAYOUT);
    expect(await dump(kb)).toEqual({
      entries: [macron, mission],
      facts: [fact],
      stances: [stance],
      meta: [
        ['starterInstalled', true],
        ['version', 7],
      ],
    });
    expect(await kb.starterInstalled()).toBe(true);
    expect(await kb.draft('macron')).toEqual({ entry: macron, facts: [fact], stances: [stance] });
    const [card] = await kb.cards(['mission']);
    expect(card?.stances.map((s) => s.otherName)).toEqual(['Emmanuel Macron']);
  });
});
