import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshKb, makeEntry, makeFact, makeStance, NOTHING_LOADED, seed } from '@/tests/helpers/kb-records';
import { validPack } from '@/tests/helpers/minimal-pack';
import { NO_FILTER } from '@/utils/dossier/timeline-filter';
import { createRouter } from '@/utils/protocol/router';
import { readDossierSource } from '@/utils/store/dossier-read';
import type { Kb } from '@/utils/store/kb';
import { restoreStarter } from '@/utils/store/pack-io';
import { createDossierHandlers } from './dossier-handlers';

vi.mock('@/utils/store/dossier-read', async (original) => {
  const read = await original<typeof import('@/utils/store/dossier-read')>();
  return { ...read, readDossierSource: vi.fn(read.readDossierSource) };
});

const popup = { id: 'ext', url: 'chrome-extension://ext/dossier.html' };
const starterText = readFileSync('public/starter-pack.json', 'utf8');
let open: Kb[] = [];

async function setup() {
  const kb = await freshKb();
  open.push(kb);
  await restoreStarter(kb, validPack(starterText, 0));
  return { kb, handlers: createDossierHandlers(async () => kb) };
}

afterEach(() => {
  vi.mocked(readDossierSource).mockClear();
  for (const kb of open) kb.close();
  open = [];
});

describe('dossier handlers', () => {
  it("pages the starter pack's timeline, and its pack filter tells pack records from the reader's own", async () => {
    const { kb, handlers } = await setup();
    const all = await handlers['dossier.timeline']({ filter: NO_FILTER, offset: 0, limit: 5 }, popup);
    expect(all.items).toHaveLength(5);
    const facts = [makeFact('my-fact', ['mine'], { date: '2030' })];
    await kb.saveDraft({ entry: makeEntry('mine'), facts, stances: [] }, null, NOTHING_LOADED);
    const own = await handlers['dossier.timeline'](
      { filter: { ...NO_FILTER, pack: '*own' }, offset: 0, limit: 50 },
      popup,
    );
    expect(own.items.map((item) => item.id)).toEqual(['my-fact']);
    const starter = await handlers['dossier.timeline'](
      { filter: { ...NO_FILTER, pack: 'starter' }, offset: 0, limit: 500 },
      popup,
    );
    expect(starter.total).toBe(all.total);
  });

  it('names every entry by id, name and kind alone, and follows a write', async () => {
    const { kb, handlers } = await setup();
    const refs = await handlers['dossier.entryRefs']({}, popup);
    expect(refs.find((ref) => ref.id === 'macron')).toEqual({
      id: 'macron',
      name: 'Emmanuel Macron',
      kind: 'person',
    });
    await kb.saveDraft(
      { entry: makeEntry('mine', { name: 'Mine' }), facts: [], stances: [] },
      null,
      NOTHING_LOADED,
    );
    const after = await handlers['dossier.entryRefs']({}, popup);
    expect(after).toHaveLength(refs.length + 1);
    expect(after.find((ref) => ref.id === 'mine')?.name).toBe('Mine');
  });

  it('shows a write on the next request, not the dossier built before it', async () => {
    const { kb, handlers } = await setup();
    const before = await handlers['dossier.matrix']({ offset: 0, limit: 100 }, popup);
    await seed(kb, {
      entries: [makeEntry('aaa-envoy', { name: 'Aaa Envoy' })],
      stances: [makeStance('new-stance', 'aaa-envoy', 'un-mission', { date: '2026-01' })],
    });
    const after = await handlers['dossier.matrix']({ offset: 0, limit: 100 }, popup);
    expect(after.totalActors).toBe(before.totalActors + 1);
    expect(after.actors[0]?.id).toBe('aaa-envoy');
    expect(after.cells.find((cell) => cell.actorId === 'aaa-envoy')?.steps[0]?.id).toBe('new-stance');
  });

  it("answers the whole timeline's first page from its latest records, then builds, and shows each write", async () => {
    const { kb, handlers } = await setup();
    const page = { filter: NO_FILTER, offset: 0, limit: 20 };
    const first = await handlers['dossier.timeline'](page, popup);
    expect(readDossierSource).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(readDossierSource).toHaveBeenCalledTimes(1));
    const paged = await handlers['dossier.timeline']({ ...page, offset: 10, limit: 10 }, popup);
    expect(paged).toEqual({ total: first.total, items: first.items.slice(10) });
    expect(await handlers['dossier.timeline'](page, popup)).toEqual(first);
    expect(readDossierSource).toHaveBeenCalledTimes(1);
    const facts = [makeFact('newest', ['mine'], { date: '2031' })];
    await kb.saveDraft({ entry: makeEntry('mine'), facts, stances: [] }, null, NOTHING_LOADED);
    const after = await handlers['dossier.timeline'](page, popup);
    expect(after.total).toBe(first.total + 1);
    expect(after.items.map((item) => item.id)).toEqual([
      'newest',
      ...first.items.slice(0, 19).map(({ id }) => id),
    ]);
  });

  it('refuses a malformed filter, an oversized page and a reversed range with a clear error', async () => {
    const { handlers } = await setup();
    const route = createRouter(handlers as never, {
      extensionId: 'ext',
      extensionOrigin: 'chrome-extension://ext/',
      log: () => undefined,
    });
    const ask = (filter: object, limit = 50) =>
      route(
        { type: 'dossier.timeline', payload: { filter: { ...NO_FILTER, ...filter }, offset: 0, limit } },
        popup,
      );
    expect(await ask({ from: '2025-02-30' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/real date/),
    });
    expect(await ask({ kind: 'planet' })).toMatchObject({ ok: false });
    expect(await ask({}, 501)).toMatchObject({ ok: false });
    expect(await ask({ from: '2025-06', to: '2025-01' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/starts \(2025-06\) after it ends/),
    });
    expect(await ask({ from: '2025-01', to: '2025-06' })).toMatchObject({ ok: true });
  });
});
