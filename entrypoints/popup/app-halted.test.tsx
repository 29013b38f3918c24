import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { call } from '@/utils/protocol/call';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_KEY } from '@/utils/settings';
import { App } from './app';

vi.mock('@/utils/protocol/call', async (original) => ({
  ...(await original<typeof import('@/utils/protocol/call')>()),
  call: vi.fn(),
}));

const stored = async () => readSettings((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(call).mockImplementation((async (type: string) => {
    if (type === 'kb.entries') return [];
    if (type === 'page.mentions') return { mentions: [], topic: null };
    throw new Error(`unexpected ${type}`);
  }) as typeof call);
});
afterEach(cleanup);

describe('App: "On this page" while highlighting is stopped', () => {
  it('says Fact Linker is paused instead of "no known actors", and resumes it', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, paused: true } });
    render(<App route={{ wide: false, fromTab: null, open: null }} />);
    const resume = await screen.findByRole('button', { name: 'Resume everywhere' });
    expect(screen.queryByText('No known actors or proposals on this page')).toBeNull();
    fireEvent.click(resume);
    await waitFor(async () => expect((await stored()).paused).toBe(false));
    expect(await screen.findByText('No known actors or proposals on this page')).toBeTruthy();
  });
});
