import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { minimalPack } from '@/tests/helpers/minimal-pack';
import { CallError, call } from '@/utils/protocol/call';
import type { CallName, CallPayload, CallResult } from '@/utils/protocol/calls';
import { App } from './app';

vi.mock('@/utils/protocol/call', async (original) => ({
  ...(await original<typeof import('@/utils/protocol/call')>()),
  call: vi.fn(),
}));
const mockedCall = vi.mocked(call);

type Answers = { [M in CallName]?: (payload: CallPayload<M>) => CallResult<M> | Promise<CallResult<M>> };

function answer(answers: Answers) {
  mockedCall.mockImplementation((async (type: CallName, payload: never) => {
    const handler = {
      'kb.entries': () => [],
      'page.mentions': () => ({ mentions: [], topic: null }),
      'packs.list': () => ({ installed: [], available: [] }),
      ...answers,
    }[type] as ((payload: never) => unknown) | undefined;
    if (!handler) throw new Error(`unexpected ${type}`);
    return handler(payload);
  }) as typeof call);
}

const payloads = <M extends CallName>(type: M) =>
  mockedCall.mock.calls.filter(([name]) => name === type).map(([, payload]) => payload as CallPayload<M>);

const point = { id: 'undo-1', label: 'The import of “Shared pack”' };
const summary = { added: 1, updated: 0, unchanged: 0, removed: 0, kept: 0, undo: point };
const preview = {
  title: 'Shared pack',
  items: [{ id: 'a', name: 'A', type: 'entry' as const, status: 'new' as const }],
  removed: [],
  undoable: { merge: true, replace: true },
};

beforeEach(() => {
  fakeBrowser.reset();
  mockedCall.mockReset();
});
afterEach(cleanup);

async function importPack(undoBulk: () => CallResult<'kb.undoBulk'>) {
  answer({
    'kb.importBegin': () => ({ importId: 'i'.repeat(36) }),
    'kb.importChunk': ({ from }) => ({ received: from + 1, total: 1, writing: false }),
    'kb.importPreview': () => preview,
    'kb.importCommit': () => summary,
    'kb.undoBulk': undoBulk,
  });
  render(<App route={{ wide: false, fromTab: null, open: null }} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Import / export' }));
  const file = new File([JSON.stringify(minimalPack())], 'pack.json', { type: 'application/json' });
  fireEvent.change(screen.getByLabelText('Pack file (.json)'), { target: { files: [file] } });
  fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
  return (await screen.findByText('The import of “Shared pack” is done.')).parentElement!;
}

describe('App: undoing a bulk write', () => {
  it('offers the undo of an import and sends its undo point back', async () => {
    const bar = await importPack(() => point);
    fireEvent.click(within(bar).getByRole('button', { name: 'Undo' }));
    await screen.findByText('The import of “Shared pack” is undone.');
    expect(payloads('kb.undoBulk')).toEqual([{ id: 'undo-1' }]);
    expect(screen.queryByText('The import of “Shared pack” is done.')).toBeNull();
  });

  it('says why the background refused a stale undo', async () => {
    const stale =
      'The import of “Shared pack” can no longer be undone: entry “A” changed since. Nothing was changed.';
    const bar = await importPack(() => {
      throw new CallError(stale, 'conflict');
    });
    fireEvent.click(within(bar).getByRole('button', { name: 'Undo' }));
    expect((await screen.findByRole('alert')).textContent).toContain(stale);
  });
});

describe('App: re-installing the starter pack', () => {
  it('previews first, writes on Re-install, then offers the undo', async () => {
    const starterPoint = { id: 'undo-2', label: 'The re-install of the starter pack' };
    answer({
      'kb.starterPreview': () => ({
        ...preview,
        title: 'Starter pack',
        items: [...preview.items, { id: 'fr', name: 'France', type: 'entry', status: 'kept' }],
      }),
      'kb.restoreStarter': () => ({ ...summary, kept: 1, undo: starterPoint }),
    });
    render(<App route={{ wide: false, fromTab: null, open: null }} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Re-install the bundled starter pack' }));
    const region = await screen.findByRole('region', { name: 'What re-installing changes' });
    expect(within(region).getByText('France')).toBeTruthy();
    expect(payloads('kb.restoreStarter')).toEqual([]);
    fireEvent.click(within(region).getByRole('button', { name: 'Re-install' }));
    await screen.findByText('The re-install of the starter pack is done.');
    expect(payloads('kb.restoreStarter')).toEqual([{}]);
    expect(screen.queryByRole('region', { name: 'What re-installing changes' })).toBeNull();
  });
});
