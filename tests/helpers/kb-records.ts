import { type Alias, blankEntry, type Entry, type Fact, type Stance } from '@/utils/model';
import { PACK_FORMAT, PACK_VERSION, type Pack, type PackRecords } from '@/utils/pack';
import type { KbRecord } from '@/utils/store/errors';
import { type Kb, openKb } from '@/utils/store/kb';
import type { MetaKey } from '@/utils/store/layout';
import { importPack } from '@/utils/store/pack-io';
import type { LoadedRevs } from '@/utils/store/save-draft';

let opened = 0;

/** A database name no other test uses, so tests never see each other's records. */
export function freshName(): string {
  opened += 1;
  return `kb-test-${opened}-${Math.random().toString(36).slice(2)}`;
}

/** Opens an empty knowledge base under a fresh name. */
export function freshKb(): Promise<Kb> {
  return openKb(freshName());
}

/** An alias matched in any case, without context. */
export function alias(text: string): Alias {
  return { text, caseSensitive: false, needsContext: false };
}

/** A test entry: a person named after its id, with no aliases, unless told otherwise. */
export function makeEntry(id: string, overrides: Partial<Entry> = {}): Entry {
  return { ...blankEntry(id, 'person', id), ...overrides };
}

/** A test fact about the given entries. */
export function makeFact(id: string, entryIds: string[], overrides: Partial<Fact> = {}): Fact {
  return {
    id,
    date: '2025-03-01',
    text: `Fact ${id}`,
    entryIds,
    source: { outlet: 'Test Wire', url: null, title: null },
    createdAt: 0,
    updatedAt: 0,
    rev: 0,
    ...overrides,
  };
}

/** A test stance of an actor on a proposal. */
export function makeStance(
  id: string,
  actorId: string,
  proposalId: string,
  overrides: Partial<Stance> = {},
): Stance {
  return {
    id,
    actorId,
    proposalId,
    position: 'supports',
    date: null,
    note: '',
    source: { outlet: 'Test Wire', url: null, title: null },
    createdAt: 0,
    updatedAt: 0,
    rev: 0,
    ...overrides,
  };
}

/** The ids and revisions of a draft's facts and stances: what an editor that loaded it sends with its save. */
export function loadedOf(draft: Pick<PackRecords, 'facts' | 'stances'>): LoadedRevs {
  const revs = ({ id, rev }: KbRecord) => ({ id, rev });
  return { facts: draft.facts.map(revs), stances: draft.stances.map(revs) };
}

/** What an editor of an entry without facts or stances sends as loaded: nothing a save may remove. */
export const NOTHING_LOADED: LoadedRevs = { facts: [], stances: [] };

/** A pack holding the given records, with revisions and times as a real export would carry. */
export function makePack(records: Partial<PackRecords>): Pack {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    title: 'Test pack',
    exportedAt: '2025-01-01T00:00:00.000Z',
    entries: [],
    facts: [],
    stances: [],
    ...records,
  };
}

/** Stores records as if each had just been created (revision 1, created and updated now), in one import. */
export async function seed(kb: Kb, records: Partial<PackRecords>): Promise<void> {
  const now = Date.now();
  const fresh = <T extends KbRecord>(list: T[] = []) =>
    list.map((record) => ({ ...record, createdAt: now, updatedAt: now, rev: 1 }));
  const { entries, facts, stances } = records;
  await importPack(
    kb,
    makePack({ entries: fresh(entries), facts: fresh(facts), stances: fresh(stances) }),
    'merge',
  );
}

/** Everything a database holds, meta included: compared whole to prove a write changed nothing. */
export interface Dump {
  entries: Entry[];
  facts: Fact[];
  stances: Stance[];
  meta: [MetaKey, number | boolean][];
}

/** Reads the whole database in one transaction. */
export function dump(kb: Kb): Promise<Dump> {
  return kb.read(async (tx) => {
    const meta = tx.objectStore('meta');
    const keys = await meta.getAllKeys();
    const values = await meta.getAll();
    return {
      entries: await tx.objectStore('entries').getAll(),
      facts: await tx.objectStore('facts').getAll(),
      stances: await tx.objectStore('stances').getAll(),
      meta: keys.map((key, i): [MetaKey, number | boolean] => [key, values[i] ?? false]),
    };
  });
}
