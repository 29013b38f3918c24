import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { validPack } from '@/tests/helpers/minimal-pack';
import { type BundledPack, PEACE_2025_PACK, STARTER_PACK } from '@/utils/bundled-packs';
import { CALLS } from '@/utils/protocol/calls';
import { createRouter } from '@/utils/protocol/router';
import { type Kb, openKb } from '@/utils/store/kb';
import { restoreStarter } from '@/utils/store/pack-io';
import { createPackHandlers } from './pack-handlers';

const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const files: Record<string, string> = {
  [STARTER_PACK.id]: readFileSync('public/starter-pack.json', 'utf8'),
  [PEACE_2025_PACK.id]: readFileSync('public/packs/ukraine-peace-2025-2026.json', 'utf8'),
};
const bundled = async (pack: BundledPack) => validPack(files[pack.id]!, 0);
let open: Kb[] = [];

async function setup() {
  const kb = await openKb(`pack-handlers-${Math.random()}`);
  open.push(kb);
  await restoreStarter(kb, await bundled(STARTER_PACK));
  return { kb, handlers: createPackHandlers({ kb: async () => kb, bundled }) };
}

afterEach(() => {
  for (const kb of open) kb.close();
  open = [];
});

describe('pack handlers', () => {
  it('offers the bundled 2025–2026 pack until it is installed, then lists it enabled beside the starter', async () => {
    const { kb, handlers } = await setup();
    const before = await handlers['packs.list']({}, popup);
    expect(before.installed.map((pack) => [pack.id, pack.enabled])).toEqual([['starter', true]]);
    expect(before.available).toEqual([
      { id: PEACE_2025_PACK.id, title: PEACE_2025_PACK.title, publisher: 'Fact Linker' },
    ]);
    expect(await kb.origin('zelensky')).toEqual({ packs: [], edited: false });

    const summary = await handlers['packs.installBundled']({ id: PEACE_2025_PACK.id }, popup);
    expect(summary.added).toBeGreaterThanOrEqual(80);
    const after = await handlers['packs.list']({}, popup);
    expect(after.available).toEqual([]);
    expect(after.installed.map((pack) => [pack.id, pack.title, pack.enabled])).toEqual([
      ['starter', STARTER_PACK.title, true],
      [PEACE_2025_PACK.id, PEACE_2025_PACK.title, true],
    ]);
    expect(await handlers['kb.origin']({ id: 'zelensky' }, popup)).toEqual({
      packs: [PEACE_2025_PACK.title],
      edited: false,
    });
  });

  it('disables and enables a pack: its entries leave the alias set and come back', async () => {
    const { kb, handlers } = await setup();
    await handlers['packs.installBundled']({ id: PEACE_2025_PACK.id }, popup);
    const ids = async () => new Set((await kb.aliasRecords()).map((record) => record.entryId));
    expect((await ids()).has('zelensky')).toBe(true);
    const off = await handlers['packs.setEnabled']({ id: PEACE_2025_PACK.id, enabled: false }, popup);
    expect(off.enabled).toBe(false);
    expect((await ids()).has('zelensky')).toBe(false);
    expect((await ids()).has('macron')).toBe(true);
    await handlers['packs.setEnabled']({ id: PEACE_2025_PACK.id, enabled: true }, popup);
    expect((await ids()).has('zelensky')).toBe(true);
  });

  it('refuses a pack the extension does not ship, or that is not installed, and writes nothing', async () => {
    const { kb, handlers } = await setup();
    const version = await kb.version();
    await expect(handlers['packs.installBundled']({ id: 'starter-copy' }, popup)).rejects.toThrow(
      'No bundled pack "starter-copy"',
    );
    await expect(handlers['packs.setEnabled']({ id: 'nope', enabled: false }, popup)).rejects.toThrow(
      'No installed pack "nope"',
    );
    expect(await kb.version()).toBe(version);
  });

  it('is checked at run time like every call: a malformed payload never reaches the handler', async () => {
    const { kb, handlers } = await setup();
    const others = Object.fromEntries(Object.keys(CALLS).map((name) => [name, async () => null]));
    const route = createRouter({ ...others, ...handlers } as never, {
      extensionId: 'ext',
      extensionOrigin: 'chrome-extension://ext/',
      log: () => undefined,
    });
    const version = await kb.version();
    const bad = await route({ type: 'packs.setEnabled', payload: { id: 'starter', enabled: 'no' } }, popup);
    expect(bad).toMatchObject({ ok: false });
    expect(await kb.version()).toBe(version);
    const page = { id: 'ext', url: 'https://news.example/a', tab: { id: 3 } };
    expect(await route({ type: 'packs.list', payload: {} }, page)).toMatchObject({ ok: false });
    const good = await route({ type: 'packs.setEnabled', payload: { id: 'starter', enabled: false } }, popup);
    expect(good).toMatchObject({ ok: true, value: { id: 'starter', enabled: false } });
  });
});
