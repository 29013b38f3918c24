import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { watchSettings } from './settings-watch';

beforeEach(() => fakeBrowser.reset());

describe('watchSettings', () => {
  it('applies the stored settings, then every change, until aborted', async () => {
    await fakeBrowser.storage.local.set({ settings: { hoverDelayMs: 500 } });
    const seen: Settings[] = [];
    const controller = new AbortController();
    watchSettings((settings) => seen.push(settings), controller.signal);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 500 });

    await fakeBrowser.storage.local.set({ settings: { paused: true } });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]?.paused).toBe(true);

    controller.abort();
    await fakeBrowser.storage.local.set({ settings: { paused: false } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(2);
  });

  it('ignores other keys', async () => {
    const seen: Settings[] = [];
    watchSettings((settings) => seen.push(settings), new AbortController().signal);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await fakeBrowser.storage.local.set({ other: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(1);
  });
});
