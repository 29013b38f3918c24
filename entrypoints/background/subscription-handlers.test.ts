import { afterEach, describe, expect, it } from 'vitest';
import { fakeFetch } from '@/tests/helpers/fake-fetch';
import { dump, freshKb, makeEntry } from '@/tests/helpers/kb-records';
import { editEntry, PACK_V1, PACK_V2 } from '@/tests/helpers/pack-versions';
import { CALLS } from '@/utils/protocol/calls';
import { createRouter } from '@/utils/protocol/router';
import { undoBulk } from '@/utils/store/bulk-undo';
import type { Kb } from '@/utils/store/kb';
import { importPack } from '@/utils/store/pack-io';
import { PackSubscriptions } from './pack-subscriptions';
import { createSubscriptionHandlers } from './subscription-handlers';

const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const URL_ = 'https://packs.example.org/peace.json';
const json = (body: unknown, etag: string) => ({ body: JSON.stringify(body), headers: { etag } });
let open: Kb[] = [];

async function setup() {
  const kb = await freshKb();
  let allowed = true;
  open.push(kb);
  const net = fakeFetch();
  let time = Date.UTC(2026, 11, 1);
  const subscriptions = new PackSubscriptions({
    kb: async () => kb,
    fetcher: net.fetcher,
    now: () => time,
    allowed: async (pattern) => allowed && pattern === 'https://packs.example.org/*',
  });
  const tick = (ms: number) => {
    time += ms;
  };
  const permit = (on: boolean) => {
    allowed = on;
  };
  const handlers = createSubscriptionHandlers({ subscriptions, kb: async () => kb, now: () => time });
  return { kb, net, tick, permit, handlers };
}

const row = (kb: Kb, id: string) => kb.read((tx) => tx.objectStore('packs').get(id));
const records = async (kb: Kb) => {
  const { entries, facts, stances } = await dump(kb);
  return { entries, facts, stances };
};

afterEach(() => {
  for (const kb of open) kb.close();
  open = [];
});

describe('subscription handlers', () => {
  it('subscribes, keeps a local edit through an update, refuses a broken version, and asks only the address', async () => {
    const { kb, net, tick, handlers } = await setup();
    net.answer(json(PACK_V1, '"v1"'));
    const preview = await handlers['packs.subscribePreview']({ url: `${URL_}#latest` }, popup);
    expect(preview).toMatchObject({
      url: URL_,
      packId: 'peace-process',
      title: 'Peace process',
      version: '2026-01-01',
    });
    expect(preview.creates.map((item) => item.id)).toEqual(['france', 'macron', 'mission', 'f1', 's1']);
    expect(await kb.read((tx) => tx.objectStore('entries').count())).toBe(0);

    const installed = await handlers['packs.subscribe']({ url: URL_, choices: {} }, popup);
    expect(installed).toMatchObject({ added: 5, undo: { label: 'The install of “Peace process”' } });
    expect(net.calls).toHaveLength(1);
    expect(await row(kb, 'peace-process')).toMatchObject({
      url: URL_,
      etag: '"v1"',
      autoUpdate: false,
      lastError: null,
      version: '2026-01-01',
    });

    await editEntry(kb, 'france', { name: 'France (mine)' });
    await editEntry(kb, 'mission', { name: 'Coalition force' });
    tick(86_400_000);
    net.answer(json(PACK_V2, '"v2"'));
    const check = await handlers['packs.check']({ id: 'peace-process' }, popup);
    expect(net.calls[1]!.init.headers).toMatchObject({ 'If-None-Match': '"v1"' });
    if (check.status !== 'update') throw new Error('expected an update');
    expect(check.preview.conflicts.map((conflict) => conflict.id)).toEqual(['france']);
    expect(check.preview.kept.map((kept) => kept.id)).toEqual(['mission']);
    expect(await row(kb, 'peace-process')).toMatchObject({
      pending: { version: '2026-02-01', conflicts: 1 },
      etag: '"v1"',
    });

    const updated = await handlers['packs.update']({ id: 'peace-process', choices: {} }, popup);
    expect(updated).toMatchObject({ added: 1, removed: 1 });
    expect(net.calls).toHaveLength(2);
    const entries = new Map((await kb.entries()).map((entry) => [entry.id, entry]));
    expect(entries.get('france')?.name).toBe('France (mine)');
    expect(entries.get('mission')?.name).toBe('Coalition force');
    expect(entries.get('macron')?.role).toBe('President');
    expect(entries.has('merz')).toBe(true);
    expect(await row(kb, 'peace-process')).toMatchObject({
      etag: '"v2"',
      pending: null,
      version: '2026-02-01',
    });

    const before = await records(kb);
    const broken = {
      ...PACK_V2,
      exportedAt: '2026-03-01T00:00:00.000Z',
      stances: [{ ...PACK_V1.stances[0], actorId: 'nobody' }],
    };
    net.answer(json(broken, '"v3"'));
    await expect(handlers['packs.check']({ id: 'peace-process' }, popup)).rejects.toThrow(
      'The pack is refused:\nstances[0].actorId: no entry "nobody"',
    );
    net.answer(json(broken, '"v3"'));
    await expect(handlers['packs.update']({ id: 'peace-process', choices: {} }, popup)).rejects.toThrow(
      'no entry "nobody"',
    );
    expect(await records(kb)).toEqual(before);
    expect(await row(kb, 'peace-process')).toMatchObject({
      etag: '"v2"',
      version: '2026-02-01',
      lastError: expect.stringContaining('no entry "nobody"'),
    });

    net.answer({ status: 304 });
    tick(86_400_000);
    expect(await handlers['packs.check']({ id: 'peace-process' }, popup)).toEqual({ status: 'unchanged' });
    expect(await records(kb)).toEqual(before);
    expect(await row(kb, 'peace-process')).toMatchObject({
      lastError: null,
      checkedAt: Date.UTC(2026, 11, 3),
    });

    expect(new Set(net.calls.map((call) => call.url))).toEqual(new Set([URL_]));
  });

  it('refuses an address that is not https, not allowed or already subscribed, before any request', async () => {
    const { kb, net, handlers } = await setup();
    await expect(
      handlers['packs.subscribePreview']({ url: 'http://packs.example.org/peace.json' }, popup),
    ).rejects.toThrow('Only https addresses are accepted');
    await expect(
      handlers['packs.subscribe']({ url: 'https://other.example.org/peace.json', choices: {} }, popup),
    ).rejects.toThrow('not allowed to reach other.example.org');
    expect(net.calls).toEqual([]);

    net.answer(json(PACK_V1, '"v1"'));
    await handlers['packs.subscribe']({ url: URL_, choices: {} }, popup);
    const version = await kb.version();
    await expect(handlers['packs.subscribePreview']({ url: URL_ }, popup)).rejects.toThrow(
      'Already subscribed to this address: “Peace process”',
    );
    expect(net.calls).toHaveLength(1);
    expect(await kb.version()).toBe(version);
  });

  it('refuses a host the reader withdrew, recording why, with no request and no record changed', async () => {
    const { kb, net, permit, handlers } = await setup();
    net.answer(json(PACK_V1, '"v1"'));
    await handlers['packs.subscribe']({ url: URL_, choices: {} }, popup);
    const before = await records(kb);
    permit(false);
    await expect(handlers['packs.check']({ id: 'peace-process' }, popup)).rejects.toThrow(
      'not allowed to reach packs.example.org',
    );
    expect(net.calls).toHaveLength(1);
    expect(await records(kb)).toEqual(before);
    expect((await row(kb, 'peace-process'))?.lastError).toContain('not allowed');
  });

  it('fetches again for a commit whose preview a restarted background no longer holds', async () => {
    const { kb, net, handlers } = await setup();
    net.answer(json(PACK_V1, '"v1"'), json(PACK_V1, '"v1b"'));
    await handlers['packs.subscribePreview']({ url: URL_ }, popup);
    const deps = { kb: async () => kb, fetcher: net.fetcher, now: () => 5, allowed: async () => true };
    const restarted = createSubscriptionHandlers({ ...deps, subscriptions: new PackSubscriptions(deps) });
    await restarted['packs.subscribe']({ url: URL_, choices: {} }, popup);
    expect(net.calls.map((call) => call.url)).toEqual([URL_, URL_]);
    expect(await row(kb, 'peace-process')).toMatchObject({ etag: '"v1b"', installedAt: 5 });

    net.answer(json(PACK_V1, '"v1b"'));
    const version = await kb.version();
    await expect(restarted['packs.update']({ id: 'peace-process', choices: {} }, popup)).rejects.toThrow(
      '“Peace process” is up to date: there is nothing to update',
    );
    expect(await kb.version()).toBe(version);
  });

  it('calls an unchanged pack unchanged when its server sends it whole again, without validators', async () => {
    const { kb, net, handlers } = await setup();
    net.answer({ body: JSON.stringify(PACK_V1) }, { body: JSON.stringify(PACK_V1) });
    await handlers['packs.subscribe']({ url: URL_, choices: {} }, popup);
    expect(await handlers['packs.check']({ id: 'peace-process' }, popup)).toEqual({ status: 'unchanged' });
    expect((await row(kb, 'peace-process'))?.pending).toBeNull();
  });

  it('turns automatic updates on and off for a subscribed pack only', async () => {
    const { kb, net, handlers } = await setup();
    net.answer(json(PACK_V1, '"v1"'));
    await handlers['packs.subscribe']({ url: URL_, choices: {} }, popup);
    expect(await handlers['packs.setAutoUpdate']({ id: 'peace-process', on: true }, popup)).toMatchObject({
      autoUpdate: true,
    });
    const { url: _url, ...file } = (await row(kb, 'peace-process'))!;
    await kb.write(async (tx) => {
      await tx.objectStore('packs').put({ ...file, id: 'file' });
    });
    await expect(handlers['packs.setAutoUpdate']({ id: 'file', on: true }, popup)).rejects.toThrow(
      'is not subscribed to an address',
    );
    expect(await handlers['packs.setAutoUpdate']({ id: 'peace-process', on: false }, popup)).toMatchObject({
      autoUpdate: false,
    });
  });

  it('is checked at run time like every call: a malformed payload never reaches a handler', async () => {
    const { net, handlers } = await setup();
    const others = Object.fromEntries(Object.keys(CALLS).map((name) => [name, async () => null]));
    const route = createRouter({ ...others, ...handlers } as never, {
      extensionId: 'ext',
      extensionOrigin: 'chrome-extension://ext/',
      log: () => undefined,
    });
    const bad = [
      { type: 'packs.subscribe', payload: { url: URL_, choices: { 'entries/france': 'both' } } },
      { type: 'packs.subscribePreview', payload: { url: `https://a.example/${'x'.repeat(2100)}` } },
      { type: 'packs.setAutoUpdate', payload: { id: 'peace-process', on: 'yes' } },
    ];
    for (const message of bad) expect(await route(message, popup)).toMatchObject({ ok: false });
    const page = { id: 'ext', url: 'https://news.example/a', tab: { id: 3 } };
    expect(await route({ type: 'packs.subscribePreview', payload: { url: URL_ } }, page)).toMatchObject({
      ok: false,
    });
    expect(net.calls).toEqual([]);
  });

  it('previews and removes a subscribed pack, keeping what the reader edited, and the removal can be undone', async () => {
    const { kb, net, handlers } = await setup();
    net.answer(json(PACK_V1, '"v1"'));
    await handlers['packs.subscribe']({ url: URL_, choices: {} }, popup);
    await editEntry(kb, 'france', { name: 'France (mine)' });
    const preview = await handlers['packs.removePreview']({ id: 'peace-process' }, popup);
    expect(preview.kept.map((item) => [item.id, item.reason])).toEqual([['france', 'edited']]);
    const removed = await handlers['packs.remove']({ id: 'peace-process' }, popup);
    expect(removed).toMatchObject({ removed: 4, kept: 1, undo: { label: 'The removal of “Peace process”' } });
    expect((await kb.entries()).map((entry) => entry.name)).toEqual(['France (mine)']);
    expect(await row(kb, 'peace-process')).toBeUndefined();
    await undoBulk(kb, removed.undo!.id);
    expect(await row(kb, 'peace-process')).toMatchObject({ url: URL_, etag: '"v1"' });
    expect((await kb.entries()).map((entry) => entry.id).sort()).toEqual(['france', 'macron', 'mission']);
  });

  it('keeps the reader’s later automatic-update setting when an earlier bulk write is undone', async () => {
    const { kb, net, handlers } = await setup();
    net.answer(json(PACK_V1, '"v1"'));
    await handlers['packs.subscribe']({ url: URL_, choices: {} }, popup);
    const other = { ...PACK_V1, title: 'Other', entries: [makeEntry('merz')], facts: [], stances: [] };
    const { undo } = await importPack(kb, other, 'merge');
    await handlers['packs.setAutoUpdate']({ id: 'peace-process', on: true }, popup);
    await undoBulk(kb, undo!.id);
    expect(await row(kb, 'peace-process')).toMatchObject({ autoUpdate: true, etag: '"v1"' });
    expect(await row(kb, 'other')).toBeUndefined();
  });
});
