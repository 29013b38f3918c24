import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { call } from '@/utils/protocol/call';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { watchSettings } from './settings-watch';

vi.mock('@/utils/protocol/call', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const stored: Settings = { ...DEFAULT_SETTINGS, hoverDelayMs: 500 };
const changed = (settings: unknown, sender: { id?: string } = { id: fakeBrowser.runtime.id }) =>
  fakeBrowser.runtime.onMessage.trigger({ type: 'settings.changed', settings }, sender, () => undefined);

beforeEach(() => {
  fakeBrowser.reset();
  mockedCall.mockReset();
});

describe('watchSettings', () => {
  it('asks the background for the settings, then applies every change it announces, until aborted', async () => {
    mockedCall.mockImplementation((async () => stored) as never);
    const seen: Settings[] = [];
    const controller = new AbortController();
    watchSettings((settings) => seen.push(settings), controller.signal);
    expect(mockedCall).toHaveBeenCalledExactlyOnceWith('page.settings', {});
    await vi.waitFor(() => expect(seen).toEqual([stored]));

    await changed({ ...DEFAULT_SETTINGS, paused: true });
    expect(seen.at(-1)?.paused).toBe(true);

    controller.abort();
    await changed(DEFAULT_SETTINGS);
    expect(seen).toHaveLength(2);
  });

  it('never touches storage', async () => {
    mockedCall.mockImplementation((async () => stored) as never);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const listen = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    const seen: Settings[] = [];
    watchSettings((settings) => seen.push(settings), new AbortController().signal);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(get).not.toHaveBeenCalled();
    expect(listen).not.toHaveBeenCalled();
  });

  it('keeps a change heard before the first answer, which may have been read before it', async () => {
    let answer: (settings: Settings) => void = () => undefined;
    mockedCall.mockImplementation((() => new Promise((resolve) => (answer = resolve))) as never);
    const seen: Settings[] = [];
    watchSettings((settings) => seen.push(settings), new AbortController().signal);
    await changed({ ...DEFAULT_SETTINGS, paused: true });
    answer(DEFAULT_SETTINGS);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen.map((settings) => settings.paused)).toEqual([true]);
  });

  it.each([
    ['malformed settings', { ...DEFAULT_SETTINGS, hoverDelayMs: -1 }, { id: fakeBrowser.runtime.id }],
    ['another extension', { ...DEFAULT_SETTINGS, paused: true }, { id: 'another-extension' }],
  ])('ignores an event with %s', async (_what, settings, sender) => {
    mockedCall.mockImplementation((async () => stored) as never);
    const seen: Settings[] = [];
    watchSettings((next) => seen.push(next), new AbortController().signal);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await changed(settings, sender);
    expect(seen).toEqual([stored]);
  });

  it('applies nothing when the background cannot answer', async () => {
    mockedCall.mockImplementation((async () => {
      throw new Error('No answer to page.settings');
    }) as never);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const seen: Settings[] = [];
    watchSettings((settings) => seen.push(settings), new AbortController().signal);
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(seen).toEqual([]);
    warn.mockRestore();
  });
});
