import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshKb, makeEntry, makeStance, NOTHING_LOADED } from '@/tests/helpers/kb-records';
import { buildMatrix } from '@/utils/dossier/matrix';
import { readStanceSource } from '@/utils/store/dossier-read';
import type { Kb } from '@/utils/store/kb';
import { MatrixKeeper } from './matrix-keeper';

vi.mock('@/utils/store/dossier-read', async (original) => {
  const read = await original<typeof import('@/utils/store/dossier-read')>();
  return { ...read, readStanceSource: vi.fn(read.readStanceSource) };
});

let open: Kb[] = [];
afterEach(() => {
  vi.mocked(readStanceSource).mockClear();
  vi.restoreAllMocks();
  for (const kb of open) kb.close();
  open = [];
});

/** A knowledge base with one actor's stance, and a keeper watching it whose full build is a spy. */
async function setup(settleMs = 0) {
  const kb = await freshKb();
  open.push(kb);
  const fromBuild = vi.fn(async () => buildMatrix(await kb.read((tx) => readStanceSource(tx))));
  const keeper = new MatrixKeeper({ kb: async () => kb, fromBuild, settleMs });
  kb.onChange(() => keeper.changed());
  const stance = makeStance('backs', 'macron', 'mission', { date: '2025-03' });
  const entries = [makeEntry('macron'), makeEntry('mission', { kind: 'mission' })];
  await kb.saveDraft({ entry: entries[1]!, facts: [], stances: [] }, null, NOTHING_LOADED);
  await kb.saveDraft({ entry: entries[0]!, facts: [], stances: [stance] }, null, NOTHING_LOADED);
  vi.mocked(readStanceSource).mockClear();
  return { kb, keeper, fromBuild };
}

const actorsOf = (page: { actors: { id: string }[] }) => page.actors.map((actor) => actor.id);

describe('matrix keeper', () => {
  it('rebuilds the matrix once writes settle, and keeps it for a background that restarts', async () => {
    const { kb, fromBuild } = await setup();
    await vi.waitFor(async () => expect(await kb.kept.matrix(2)).not.toBeNull());
    expect(readStanceSource).toHaveBeenCalledTimes(1);
    const restarted = new MatrixKeeper({ kb: async () => kb, fromBuild, settleMs: 0 });
    const page = await restarted.page(0, 40);
    expect(actorsOf(page)).toEqual(['macron']);
    expect(page.cells[0]?.steps.map((step) => step.id)).toEqual(['backs']);
    expect(fromBuild).not.toHaveBeenCalled();
    expect(readStanceSource).toHaveBeenCalledTimes(1);
  });

  it('rebuilds once for a run of writes, and only after the last', async () => {
    const { kb } = await setup(50);
    for (const id of ['one', 'two', 'three'])
      await kb.saveDraft({ entry: makeEntry(id), facts: [], stances: [] }, null, NOTHING_LOADED);
    await vi.waitFor(async () => expect(await kb.kept.matrix(5)).not.toBeNull());
    expect(readStanceSource).toHaveBeenCalledTimes(1);
  });

  it('lets a dossier that opens before the rebuild read its first page first, and gets the matrix after it', async () => {
    const { kb, keeper, fromBuild } = await setup(100);
    await kb.saveDraft({ entry: makeEntry('one'), facts: [], stances: [] }, null, NOTHING_LOADED);
    let pageRead: () => void = () => undefined;
    const firstPage = new Promise<void>((resolve) => {
      pageRead = resolve;
    });
    const opening = keeper.opened(firstPage);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readStanceSource).not.toHaveBeenCalled();
    pageRead();
    await opening;
    expect(fromBuild).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => expect(await kb.kept.matrix(3)).not.toBeNull());
  });

  it('answers a page asked before the rebuild from the full build, keeps that, and shows the next write', async () => {
    const { kb, keeper, fromBuild } = await setup(60_000);
    expect(actorsOf(await keeper.page(0, 40))).toEqual(['macron']);
    expect(fromBuild).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => expect(await kb.kept.matrix(2)).not.toBeNull());
    await keeper.page(0, 40);
    expect(fromBuild).toHaveBeenCalledTimes(1);
    const later = makeStance('doubts', 'starmer', 'mission', { date: '2025-04' });
    await kb.saveDraft({ entry: makeEntry('starmer'), facts: [], stances: [later] }, null, NOTHING_LOADED);
    expect(actorsOf(await keeper.page(0, 40))).toEqual(['macron', 'starmer']);
    expect(fromBuild).toHaveBeenCalledTimes(2);
  });

  it('builds when the kept matrix cannot be read', async () => {
    const { kb, keeper, fromBuild } = await setup(60_000);
    vi.spyOn(kb.kept, 'matrix').mockRejectedValueOnce(new Error('disk gone'));
    expect(actorsOf(await keeper.page(0, 40))).toEqual(['macron']);
    expect(fromBuild).toHaveBeenCalledTimes(1);
  });

  it('forgets a build that failed, so the next page tries again', async () => {
    const { keeper, fromBuild } = await setup(60_000);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fromBuild.mockRejectedValueOnce(new Error('read failed'));
    await expect(keeper.page(0, 40)).rejects.toThrow('read failed');
    expect(warn).toHaveBeenCalledWith('Fact Linker could not build its stance matrix', expect.any(Error));
    expect(actorsOf(await keeper.page(0, 40))).toEqual(['macron']);
    expect(fromBuild).toHaveBeenCalledTimes(2);
  });
});
