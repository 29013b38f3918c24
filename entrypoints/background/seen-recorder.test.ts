import { afterEach, describe, expect, it } from 'vitest';
import { freshKb, makeEntry, seed } from '@/tests/helpers/kb-records';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { Kb } from '@/utils/store/kb';
import { SeenRecorder } from './seen-recorder';

const DAY = 86_400_000;
const open: Kb[] = [];
afterEach(() => {
  for (const kb of open.splice(0)) kb.close();
});

async function setup(overrides: Partial<Settings> = {}) {
  const kb = await freshKb();
  open.push(kb);
  await seed(kb, { entries: [makeEntry('macron')] });
  const clock = { now: 10 * DAY };
  const settings = { ...DEFAULT_SETTINGS, ...overrides };
  const logged = { times: 0 };
  const recorder = new SeenRecorder({
    kb: async () => kb,
    settings: async () => settings,
    now: () => clock.now,
    onLogged: () => {
      logged.times += 1;
    },
  });
  const pages = async () => (await kb.seenLog().list('macron', 0, 10)).pages.map((p) => [p.page, p.title]);
  return { kb, recorder, clock, settings, pages, logged };
}

const tab = { title: 'Talks in Paris', incognito: false };

describe('SeenRecorder', () => {
  it("logs a report's entries with the tab's title, and says so only when it wrote", async () => {
    const { recorder, pages, logged, clock } = await setup();
    await recorder.record(tab, 'https://news.example/a', ['macron']);
    expect(await pages()).toEqual([['https://news.example/a', 'Talks in Paris']]);
    expect(logged.times).toBe(1);
    clock.now += 1_000;
    await recorder.record(tab, 'https://news.example/a', ['macron']);
    expect(logged.times).toBe(1);
    await recorder.record(tab, 'https://news.example/b', ['macron']);
    expect(logged.times).toBe(2);
  });

  it('logs nothing from a private tab unless the reader allows it', async () => {
    const { recorder, settings, pages } = await setup();
    await recorder.record({ ...tab, incognito: true }, 'https://news.example/a', ['macron']);
    expect(await pages()).toEqual([]);
    settings.seenInPrivate = true;
    await recorder.record({ ...tab, incognito: true }, 'https://news.example/a', ['macron']);
    expect(await pages()).toEqual([['https://news.example/a', 'Talks in Paris']]);
  });

  it('logs nothing while the log is off, nor for an address it refuses', async () => {
    const { recorder, settings, pages, logged } = await setup({ seenLog: false });
    await recorder.record(tab, 'https://news.example/a', ['macron']);
    settings.seenLog = true;
    await recorder.record(tab, `https://news.example/${'x'.repeat(5_000)}`, ['macron']);
    await recorder.record(tab, 'chrome://settings', ['macron']);
    expect(await pages()).toEqual([]);
    expect(logged.times).toBe(0);
  });

  it('prunes the whole log at its first report and again only a day later', async () => {
    const { kb, recorder, clock, pages } = await setup({ seenMaxAgeDays: 1 });
    await seed(kb, { entries: [makeEntry('merz')] });
    const logOf = (id: string) => kb.seenLog().list(id, 0, 10);
    await kb
      .seenLog()
      .record(['merz'], { page: 'https://old.example/', title: '' }, 0, { maxAgeDays: 90, maxPages: 9 });
    await recorder.record(tab, 'https://news.example/a', ['macron']);
    expect((await logOf('merz')).total).toBe(0);
    await kb
      .seenLog()
      .record(['merz'], { page: 'https://old.example/', title: '' }, 0, { maxAgeDays: 90, maxPages: 9 });
    clock.now += DAY - 1;
    await recorder.record(tab, 'https://news.example/b', ['macron']);
    expect((await logOf('merz')).total).toBe(1);
    clock.now += 1;
    await recorder.record(tab, 'https://news.example/c', ['macron']);
    expect((await logOf('merz')).total).toBe(0);
    expect((await pages()).map(([page]) => page)).toEqual([
      'https://news.example/c',
      'https://news.example/b',
      'https://news.example/a',
    ]);
  });
});
