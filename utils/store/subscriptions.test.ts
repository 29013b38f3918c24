import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshKb } from '@/tests/helpers/kb-records';
import type { InstalledPack } from '@/utils/installed-pack';
import type { Kb } from './kb';
import { freePackId, packAt, patchSubscription, subscribedPack, subscribedPacks } from './subscriptions';

const row = (id: string, installedAt: number, url?: string): InstalledPack => ({
  id,
  title: `Pack ${id}`,
  version: '2026-11-30',
  publisher: null,
  counts: { entries: 1, facts: 0, stances: 0 },
  installedAt,
  updatedAt: installedAt,
  enabled: true,
  ...(url && { url, etag: '"v1"', lastModified: null, autoUpdate: false }),
});

let kb: Kb;
beforeEach(async () => {
  kb = await freshKb();
  await kb.write(async (tx) => {
    for (const pack of [
      row('file', 1),
      row('b', 3, 'https://b.example/p.json'),
      row('a', 2, 'https://a.example/p.json'),
    ])
      await tx.objectStore('packs').put(pack);
  });
});
afterEach(() => kb.close());

describe('subscriptions', () => {
  it('lists only the packs with an address, first installed first, and finds one by its address', async () => {
    expect((await subscribedPacks(kb)).map((pack) => pack.id)).toEqual(['a', 'b']);
    expect((await packAt(kb, 'https://b.example/p.json'))?.id).toBe('b');
    expect(await packAt(kb, 'https://c.example/p.json')).toBeNull();
  });

  it('patches a subscribed pack’s bookkeeping and leaves the rest of its row', async () => {
    const next = await patchSubscription(kb, 'a', { checkedAt: 50, lastError: 'The address answered 500' });
    expect(next).toEqual({
      ...row('a', 2, 'https://a.example/p.json'),
      checkedAt: 50,
      lastError: 'The address answered 500',
    });
    expect(await subscribedPack(kb, 'a')).toEqual(next);
  });

  it('refuses a pack not installed or not subscribed, changing nothing', async () => {
    const version = await kb.version();
    await expect(patchSubscription(kb, 'nope', { autoUpdate: true })).rejects.toThrow(
      'No installed pack "nope"',
    );
    await expect(patchSubscription(kb, 'file', { autoUpdate: true })).rejects.toThrow(
      '"Pack file" is not subscribed to an address',
    );
    await expect(subscribedPack(kb, 'file')).rejects.toThrow('is not subscribed');
    expect(await kb.version()).toBe(version);
    expect((await kb.read((tx) => tx.objectStore('packs').get('file')))?.autoUpdate).toBeUndefined();
  });

  it('gives a new subscription a slug of its title that no installed pack has', async () => {
    expect(await freePackId(kb, 'Peace talks 2026')).toBe('peace-talks-2026');
    expect(await freePackId(kb, 'File')).toBe('file-2');
    await kb.write(async (tx) => {
      await tx.objectStore('packs').put(row('file-2', 4));
    });
    expect(await freePackId(kb, 'file')).toBe('file-3');
  });
});
