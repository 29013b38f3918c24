import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshKb, makeEntry, makeFact, makeStance, NOTHING_LOADED, seed } from '@/tests/helpers/kb-records';
import { readDossierSource } from '@/utils/store/dossier-read';
import type { Kb } from '@/utils/store/kb';
import { createDossierCache } from './dossier-cache';

vi.mock('@/utils/store/dossier-read', async (original) => {
  const read = await original<typeof import('@/utils/store/dossier-read')>();
  return { ...read, readDossierSource: vi.fn(read.readDossierSource) };
});

let open: Kb[] = [];
afterEach(() => {
  vi.mocked(readDossierSource).mockClear();
  for (const kb of open) kb.close();
  open = [];
});

async function setup() {
  const kb = await freshKb();
  open.push(kb);
  await seed(kb, {
    entries: [makeEntry('macron'), makeEntry('mission', { kind: 'mission' })],
    facts: [makeFact('met', ['macron'])],
    stances: [makeStance('backs', 'macron', 'mission')],
  });
  return { kb, cache: createDossierCache(async () => kb) };
}

const ids = (records: readonly { id: string }[]) => records.map(({ id }) => id);

describe('dossier cache', () => {
  it('builds once per version, shares a build under way, and builds anew after a write', async () => {
    const { kb, cache } = await setup();
    expect(await cache.ready()).toBeNull();
    const [first, again] = await Promise.all([cache.built(), cache.built()]);
    expect(again).toBe(first);
    expect(await cache.ready()).toBe(first);
    expect(readDossierSource).toHaveBeenCalledTimes(1);
    await kb.saveDraft({ entry: makeEntry('starmer'), facts: [], stances: [] }, null, NOTHING_LOADED);
    expect(await cache.ready()).toBeNull();
    const after = await cache.built();
    expect(ids(after.source.entries)).toEqual(['macron', 'mission', 'starmer']);
    expect(readDossierSource).toHaveBeenCalledTimes(2);
  });

  it('gives the entries of the build under way, or reads them alone without starting one', async () => {
    const { kb, cache } = await setup();
    expect(ids(await cache.entries())).toEqual(['macron', 'mission']);
    expect(readDossierSource).not.toHaveBeenCalled();
    const building = cache.built();
    expect(ids(await cache.entries())).toEqual(['macron', 'mission']);
    await building;
    expect(readDossierSource).toHaveBeenCalledTimes(1);
    await kb.saveDraft({ entry: makeEntry('starmer'), facts: [], stances: [] }, null, NOTHING_LOADED);
    expect(ids(await cache.entries())).toEqual(['macron', 'mission', 'starmer']);
    expect(readDossierSource).toHaveBeenCalledTimes(1);
  });

  it("answers the matrix from the build's stance part before its facts are in, once per version", async () => {
    const { kb, cache } = await setup();
    const read = vi.mocked(readDossierSource).getMockImplementation()!;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.mocked(readDossierSource).mockImplementationOnce(async (tx, early) => {
      const whole = await read(tx, early);
      await held;
      return whole;
    });
    const matrix = await cache.matrix();
    expect(await cache.ready()).toBeNull();
    expect(matrix.cellsOf.get('macron')?.map((cell) => cell.steps[0]?.id)).toEqual(['backs']);
    expect(await cache.matrix()).toBe(matrix);
    release();
    await cache.built();
    expect(await cache.matrix()).toBe(matrix);
    expect(readDossierSource).toHaveBeenCalledTimes(1);
    await seed(kb, {
      entries: [makeEntry('starmer')],
      stances: [makeStance('doubts', 'starmer', 'mission')],
    });
    const after = await cache.matrix();
    expect(ids(after.actors)).toEqual(['macron', 'starmer']);
    expect(readDossierSource).toHaveBeenCalledTimes(2);
  });

  it('forgets a build that failed, with its entries, so the next request reads again', async () => {
    const { kb, cache } = await setup();
    const asked: Promise<number>[] = [];
    const version = kb.version.bind(kb);
    vi.spyOn(kb, 'version').mockImplementation(() => {
      asked.push(version());
      return asked.at(-1)!;
    });
    let fail: (error: Error) => void = () => undefined;
    vi.mocked(readDossierSource).mockImplementationOnce(
      () =>
        new Promise((_, reject) => {
          fail = reject;
        }),
    );
    const failed = cache.built();
    await vi.waitFor(() => expect(readDossierSource).toHaveBeenCalled());
    const entries = cache.entries();
    const matrix = cache.matrix();
    await Promise.all(asked);
    await new Promise((resolve) => setTimeout(resolve, 0));
    fail(new Error('the disk went away'));
    await expect(failed).rejects.toThrow('the disk went away');
    await expect(entries).rejects.toThrow('the disk went away');
    await expect(matrix).rejects.toThrow('the disk went away');
    expect(ids((await cache.built()).source.facts)).toEqual(['met']);
  });
});
