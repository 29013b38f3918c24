import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_LAYOUT, layoutOf } from '@/tests/helpers/db-layout';
import { alias, dump, freshName, makeEntry, makeFact } from '@/tests/helpers/kb-records';
import { compileMatcher } from '@/utils/matcher';
import type { Entry, Fact } from '@/utils/model';
import { type Kb, openKb } from './kb';
import { upgradeEntry } from './migrate-entries';

const open: Kb[] = [];
afterEach(() => {
  for (const kb of open.splice(0)) kb.close();
});

const stamps = { createdAt: 100, updatedAt: 200, rev: 3 };
const plan = makeEntry('plan', {
  kind: 'mission',
  name: 'Plan [B]',
  aliases: [alias('Plan [B]'), alias('AC|DC {live}'), alias('C:\\dir'), alias('Reassurance force')],
  ...stamps,
});
const fact = makeFact('f1', ['plan'], stamps);

/** Creates a real version 3 database as that build laid it out: the current stores and indexes, plain alias texts. */
async function createV3(name: string, records: { entries: unknown[]; facts: Fact[] }) {
  const db = await openDB(name, 3, {
    upgrade(v3) {
      v3.createObjectStore('entries', { keyPath: 'id' });
      v3.createObjectStore('facts', { keyPath: 'id' }).createIndex('entryIds', 'entryIds', {
        multiEntry: true,
      });
      const stances = v3.createObjectStore('stances', { keyPath: 'id' });
      stances.createIndex('actorId', 'actorId');
      stances.createIndex('proposalId', 'proposalId');
      v3.createObjectStore('meta');
    },
  });
  for (const entry of records.entries) await db.put('entries', entry as Entry);
  for (const record of records.facts) await db.put('facts', record);
  await db.put('meta', 7, 'version');
  db.close();
}

describe('upgrade from version 3', () => {
  it('escapes every alias text, so each still matches exactly what it matched, and keeps the rest', async () => {
    const name = freshName();
    await createV3(name, { entries: [plan], facts: [fact] });
    const kb = await openKb(name);
    open.push(kb);
    expect(await layoutOf(name)).toEqual(CURRENT_LAYOUT);
    const { entries, facts, meta } = await dump(kb);
    expect(entries).toEqual([
      {
        ...plan,
        aliases: [
          alias('Plan \\[B\\]'),
          alias('AC\\|DC \\{live\\}'),
          alias('C:\\\\dir'),
          alias('Reassurance force'),
        ],
      },
    ]);
    expect(facts).toEqual([fact]);
    expect(meta).toEqual([['version', 7]]);
    const matcher = compileMatcher(await kb.aliasRecords());
    const text = 'Plan [B], AC|DC {live}, C:\\dir; not Plan B, AC live';
    expect(matcher.find(text).map((hit) => text.slice(hit.start, hit.end))).toEqual([
      'Plan [B]',
      'AC|DC {live}',
      'C:\\dir',
    ]);
  });

  it('leaves a version 3 database untouched when the rewrite fails', async () => {
    const name = freshName();
    const broken = { ...plan, aliases: null };
    await createV3(name, { entries: [broken], facts: [] });
    await expect(openKb(name)).rejects.toThrow();
    expect((await layoutOf(name)).version).toBe(3);
    const db = await openDB(name);
    expect(await db.getAll('entries')).toEqual([broken]);
    db.close();
  });
});

describe('upgradeEntry', () => {
  it('applies its own version step and then the escaping, to entries of every older version', () => {
    const escaped = [alias('UN\\|ONU')];
    expect(
      upgradeEntry({ id: 'un', kind: 'organisation', name: 'UN', aliases: ['UN|ONU'] }, 1, 5).aliases,
    ).toEqual([{ ...escaped[0], caseSensitive: true }]);
    const v2 = { ...makeEntry('un', { aliases: [alias('UN|ONU')] }), aliasKeys: ['un|onu'] };
    expect(upgradeEntry(v2, 2, 5)).toEqual(makeEntry('un', { aliases: escaped }));
    expect(upgradeEntry(makeEntry('un', { aliases: [alias('UN|ONU')] }), 3, 5)).toEqual(
      makeEntry('un', { aliases: escaped }),
    );
  });
});
