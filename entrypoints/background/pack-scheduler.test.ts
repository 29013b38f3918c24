import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch } from '@/tests/helpers/fake-fetch';
import { dump, freshKb, makeFact } from '@/tests/helpers/kb-records';
import { editEntry, PACK_V1, PACK_V2 } from '@/tests/helpers/pack-versions';
import type { Kb } from '@/utils/store/kb';
import { subscribedPacks } from '@/utils/store/subscriptions';
import { type Alarms, CHECK_ALARM, checkSubscribedPacks, schedulePackChecks } from './pack-scheduler';
import { PackSubscriptions } from './pack-subscriptions';

const A = 'https://a.example.org/peace.json';
const B = 'https://b.example.org/copy.json';
const DAY = 86_400_000;
const json = (body: unknown, etag: string) => ({ body: JSON.stringify(body), headers: { etag } });
let open: Kb[] = [];

/** A browser.alarms stand-in: the alarms it holds, and a way to fire one. */
function fakeAlarms() {
  const held = new Map<string, { periodInMinutes: number }>();
  const listeners: ((alarm: { name: string }) => void)[] = [];
  const alarms: Alarms = {
    get: async (name) => held.get(name),
    create: vi.fn((name: string, info: { periodInMinutes: number }) => {
      held.set(name, info);
    }),
    onAlarm: { addListener: (listener) => listeners.push(listener) },
  };
  const fire = (name: string) => {
    for (const listener of listeners) listener({ name });
  };
  return { alarms, held, fire };
}

/** A knowledge base subscribed to PACK_V1 at `A`, a fake network and a fake clock starting on 1 December 2026. */
async function subscribed() {
  const kb = await freshKb();
  open.push(kb);
  const net = fakeFetch(json(PACK_V1, '"v1"'));
  let time = Date.UTC(2026, 11, 1);
  const subscriptions = new PackSubscriptions({
    kb: async () => kb,
    fetcher: net.fetcher,
    now: () => time,
    allowed: async () => true,
  });
  await subscriptions.subscribe(A, {});
  await editEntry(kb, 'france', { name: 'France (mine)' });
  const log = vi.fn();
  const runChecks = () => {
    time += DAY;
    return checkSubscribedPacks(subscriptions, () => subscribedPacks(kb), log);
  };
  const tick = () => {
    time += 1000;
  };
  return { kb, net, subscriptions, log, runChecks, tick, now: () => time };
}

const pack = (kb: Kb, id: string) => kb.read((tx) => tx.objectStore('packs').get(id));
const names = async (kb: Kb) => new Map((await kb.entries()).map((entry) => [entry.id, entry.name]));

afterEach(() => {
  for (const kb of open) kb.close();
  open = [];
});

describe('pack scheduler', () => {
  it('creates the daily alarm once, keeps one the browser already holds, and runs only on it', async () => {
    const { alarms, held, fire } = fakeAlarms();
    const run = vi.fn(async () => undefined);
    await schedulePackChecks(alarms, run);
    await schedulePackChecks(alarms, run);
    expect(alarms.create).toHaveBeenCalledTimes(1);
    expect(held.get(CHECK_ALARM)).toEqual({ periodInMinutes: 1440 });
    fire('something-else');
    expect(run).not.toHaveBeenCalled();
    fire(CHECK_ALARM);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('with automatic updates off, records the update waiting and writes no record', async () => {
    const { kb, net, runChecks, now } = await subscribed();
    const before = await dump(kb);
    net.answer(json(PACK_V2, '"v2"'));
    await runChecks();
    const { entries, facts, stances } = await dump(kb);
    expect({ entries, facts, stances }).toEqual({
      entries: before.entries,
      facts: before.facts,
      stances: before.stances,
    });
    expect(await pack(kb, 'peace-process')).toMatchObject({
      etag: '"v1"',
      checkedAt: now(),
      lastError: null,
      pending: { version: '2026-02-01', foundAt: now(), conflicts: 1 },
    });
  });

  it('with automatic updates on, installs the update and keeps every record edited here', async () => {
    const { kb, net, subscriptions, runChecks, now } = await subscribed();
    await subscriptions.setAutoUpdate('peace-process', true);
    net.answer(json(PACK_V2, '"v2"'));
    await runChecks();
    const after = await names(kb);
    expect(after.get('france')).toBe('France (mine)');
    expect(after.get('merz')).toBe('Friedrich Merz');
    expect((await kb.entries()).find((entry) => entry.id === 'macron')?.role).toBe('President');
    expect(await pack(kb, 'peace-process')).toMatchObject({
      etag: '"v2"',
      version: '2026-02-01',
      pending: null,
      updatedAt: now(),
    });
  });

  it('with automatic updates on, leaves an update that would break a record of the reader’s waiting, with why', async () => {
    const { kb, net, subscriptions, runChecks } = await subscribed();
    await subscriptions.setAutoUpdate('peace-process', true);
    await kb.write(async (tx) => {
      await tx.objectStore('facts').put(makeFact('mine', ['mission']));
    });
    const before = await dump(kb);
    const withoutMission = {
      ...PACK_V2,
      entries: PACK_V2.entries.filter((entry) => entry.id !== 'mission'),
      stances: [],
    };
    net.answer(json(withoutMission, '"v2"'));
    await runChecks();
    expect((await dump(kb)).entries).toEqual(before.entries);
    expect(await pack(kb, 'peace-process')).toMatchObject({
      etag: '"v1"',
      pending: { version: '2026-02-01' },
      lastError: expect.stringContaining('Fact "mine": entryIds[0]: no entry "mission"'),
    });
  });

  it('records a failure as that pack’s last error and still checks the others; a 304 only records the check', async () => {
    const { kb, net, subscriptions, log, runChecks, tick, now } = await subscribed();
    tick();
    net.answer(json({ ...PACK_V1, title: 'Peace copy' }, '"c1"'));
    await subscriptions.subscribe(B, {});
    const before = await dump(kb);
    const [first, second] = [await pack(kb, 'peace-process'), await pack(kb, 'peace-copy')];
    net.answer({ status: 500 }, { status: 304 });
    await runChecks();
    expect(await pack(kb, 'peace-process')).toEqual({
      ...first,
      checkedAt: now(),
      lastError: 'The address answered 500',
    });
    expect(await pack(kb, 'peace-copy')).toEqual({
      ...second,
      checkedAt: now(),
      lastError: null,
      pending: null,
    });
    expect((await dump(kb)).entries).toEqual(before.entries);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toContain('“Peace process”: The address answered 500');
    expect(net.calls.map((call) => call.url)).toEqual([A, B, A, B]);
  });
});
