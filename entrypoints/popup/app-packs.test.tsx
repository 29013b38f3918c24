import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { removalPreview, subscribedPack } from '@/tests/helpers/subscription-fixtures';
import { call } from '@/utils/protocol/call';
import type { CallName, CallPayload, CallResult } from '@/utils/protocol/calls';
import { App } from './app';

vi.mock('@/utils/protocol/call', async (original) => ({
  ...(await original<typeof import('@/utils/protocol/call')>()),
  call: vi.fn(),
}));
const mockedCall = vi.mocked(call);

type Answers = { [M in CallName]?: (payload: CallPayload<M>) => CallResult<M> | Promise<CallResult<M>> };

const point = { id: 'undo-3', label: 'The removal of “Peace talks”' };

function answer(answers: Answers) {
  mockedCall.mockImplementation((async (type: CallName, payload: never) => {
    const handler = {
      'kb.entries': () => [],
      'page.mentions': () => ({ mentions: [], topic: null }),
      'packs.list': () => ({ installed: [subscribedPack()], available: [] }),
      ...answers,
    }[type] as ((payload: never) => unknown) | undefined;
    if (!handler) throw new Error(`unexpected ${type}`);
    return handler(payload);
  }) as typeof call);
}

const sent = (type: CallName) => mockedCall.mock.calls.filter(([name]) => name === type).map(([, p]) => p);

async function openPacks() {
  render(<App route={{ wide: false, fromTab: null, open: null }} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Packs' }));
  const title = await screen.findByRole('heading', { name: 'Peace talks' });
  return title.closest('li') as HTMLElement;
}

beforeEach(() => {
  fakeBrowser.reset();
  mockedCall.mockReset();
});
afterEach(cleanup);

describe('App: the Packs view', () => {
  it('asks before removing a pack, removes it on Remove, and offers its undo', async () => {
    answer({
      'packs.removePreview': () => removalPreview(),
      'packs.remove': () => ({ added: 0, updated: 0, unchanged: 0, removed: 2, kept: 1, undo: point }),
      'kb.undoBulk': () => point,
    });
    const pack = await openPacks();
    fireEvent.click(within(pack).getByRole('button', { name: 'Remove…' }));
    await within(pack).findByText('Removed (2): Jared Kushner, Marco Rubio');
    expect(sent('packs.remove')).toEqual([]);
    fireEvent.click(within(pack).getByRole('button', { name: 'Remove' }));
    const bar = (await screen.findByText('The removal of “Peace talks” is done.')).parentElement!;
    expect(sent('packs.remove')).toEqual([{ id: 'peace' }]);
    fireEvent.click(within(bar).getByRole('button', { name: 'Undo' }));
    await screen.findByText('The removal of “Peace talks” is undone.');
    expect(sent('kb.undoBulk')).toEqual([{ id: 'undo-3' }]);
  });

  it('says a checked pack is up to date in the status region', async () => {
    answer({ 'packs.check': () => ({ status: 'unchanged' }) });
    const pack = await openPacks();
    fireEvent.click(within(pack).getByRole('button', { name: 'Check for updates' }));
    const said = await screen.findByText('“Peace talks” is up to date.');
    expect(said.closest('[role="status"]')).toBeTruthy();
  });
});
