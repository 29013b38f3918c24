import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  alias,
  dump,
  freshKb,
  makeEntry,
  makeFact,
  makePack,
  makeStance,
  NOTHING_LOADED,
} from '@/tests/helpers/kb-records';
import { PEACE_2025_PACK } from '@/utils/bundled-packs';
import { listPacks, setPackEnabled } from './installed-packs';
import type { Kb } from './kb';
import { importPack } from './pack-io';

const stamp = { createdAt: 100, updatedAt: 100, rev: 1 };
const ukraine = makeEntry('ukraine', {
  kind: 'country',
  name: 'Ukraine',
  aliases: [alias('Kyiv')],
  ...stamp,
});
const witkoff = makeEntry('witkoff', { name: 'Steve Witkoff', ...stamp });
const plan = makeEntry('plan', { kind: 'resolution', name: '28-point plan', ...stamp });
const newPack = {
  ...makePack({
    entries: [ukraine, witkoff, plan],
    facts: [makeFact('talks', ['witkoff', 'ukraine'], stamp)],
    stances: [makeStance('w-plan', 'witkoff', 'plan', stamp)],
  }),
  title: 'Peace 2025',
  exportedAt: '2026-11-30T00:00:00.000Z',
};
const oldPack = {
  ...makePack({ entries: [ukraine], facts: [makeFact('old', ['ukraine'], stamp)] }),
  title: 'Old',
};

let kb: Kb;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(1000);
  kb = await freshKb();
  await importPack(kb, oldPack, 'merge');
  vi.setSystemTime(2000);
  await importPack(kb, newPack, 'merge', PEACE_2025_PACK);
  await kb.saveDraft(
    { entry: makeEntry('mine', { name: 'My note' }), facts: [], stances: [] },
    null,
    NOTHING_LOADED,
  );
});
afterEach(() => {
  kb.close();
  vi.useRealTimers();
});

const aliasIds = async () => [...new Set((await kb.aliasRecords()).map((record) => record.entryId))].sort();

describe('installed packs', () => {
  it('lists each imported pack with its version, publisher, counts and dates, first installed first', async () => {
    expect(await listPacks(kb)).toEqual([
      {
        id: 'old',
        title: 'Old',
        version: '2025-01-01',
        publisher: null,
        counts: { entries: 1, facts: 1, stances: 0 },
        installedAt: 1000,
        updatedAt: 1000,
        enabled: true,
      },
      {
        id: PEACE_2025_PACK.id,
        title: 'Peace 2025',
        version: '2026-11-30',
        publisher: 'Fact Linker',
        counts: { entries: 3, facts: 1, stances: 1 },
        installedAt: 2000,
        updatedAt: 2000,
        enabled: true,
      },
    ]);
  });

  it('keeps a re-imported file under the id its title had, first install date kept', async () => {
    vi.setSystemTime(3000);
    await importPack(kb, { ...oldPack, exportedAt: '2025-06-01T00:00:00.000Z' }, 'merge');
    const packs = await listPacks(kb);
    expect(packs.map((pack) => pack.id)).toEqual(['old', PEACE_2025_PACK.id]);
    expect(packs[0]).toMatchObject({ version: '2025-06-01', installedAt: 1000, updatedAt: 3000 });
  });

  it('says where each entry comes from: every pack that brought it, or the reader', async () => {
    expect(await kb.origin('ukraine')).toEqual({ packs: ['Old', 'Peace 2025'], edited: false });
    expect(await kb.origin('witkoff')).toEqual({ packs: ['Peace 2025'], edited: false });
    expect(await kb.origin('mine')).toEqual({ packs: [], edited: false });
  });
});

describe('enable and disable', () => {
  it('hides a disabled pack’s records from aliases and cards without deleting them, and restores them', async () => {
    const stored = await dump(kb);
    const before = await kb.cards(['ukraine', 'witkoff', 'plan']);
    expect(await aliasIds()).toEqual(['mine', 'plan', 'ukraine', 'witkoff']);

    await setPackEnabled(kb, PEACE_2025_PACK.id, false);
    expect(await aliasIds()).toEqual(['mine', 'ukraine']);
    expect((await kb.visibleEntries()).map((entry) => entry.id)).toEqual(['mine', 'ukraine']);
    const [card, ...rest] = await kb.cards(['ukraine', 'witkoff', 'plan']);
    expect(rest).toEqual([]);
    expect(card?.facts.map((fact) => fact.id)).toEqual(['old']);
    expect((await dump(kb)).entries).toEqual(stored.entries);
    expect((await dump(kb)).facts).toEqual(stored.facts);

    await setPackEnabled(kb, PEACE_2025_PACK.id, true);
    expect(await aliasIds()).toEqual(['mine', 'plan', 'ukraine', 'witkoff']);
    expect(await kb.cards(['ukraine', 'witkoff', 'plan'])).toEqual(before);
  });

  it('hides a record shared by two packs only once both are disabled, and never the reader’s own', async () => {
    await setPackEnabled(kb, 'old', false);
    expect(await aliasIds()).toEqual(['mine', 'plan', 'ukraine', 'witkoff']);
    await setPackEnabled(kb, PEACE_2025_PACK.id, false);
    expect(await aliasIds()).toEqual(['mine']);
    expect((await kb.cards(['mine'])).map((card) => card.entry.id)).toEqual(['mine']);
  });

  it('drops stances to a hidden entry from a visible entry’s card', async () => {
    const mine = (await kb.draft('mine'))!.entry;
    await kb.saveDraft(
      { entry: mine, facts: [], stances: [makeStance('mine-plan', 'mine', 'plan')] },
      1,
      NOTHING_LOADED,
    );
    expect((await kb.cards(['mine']))[0]?.stances.map((row) => row.otherId)).toEqual(['plan']);
    await setPackEnabled(kb, PEACE_2025_PACK.id, false);
    expect((await kb.cards(['mine']))[0]?.stances).toEqual([]);
  });

  it('refuses an unknown pack and changes nothing', async () => {
    const before = await dump(kb);
    await expect(setPackEnabled(kb, 'nope', false)).rejects.toThrow('No installed pack "nope"');
    expect(await dump(kb)).toEqual(before);
  });
});
