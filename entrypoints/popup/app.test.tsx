import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { minimalPack } from '@/tests/helpers/minimal-pack';
import { alias, makeEntry } from '@/tests/helpers/popup-fixtures';
import { CallError, call } from '@/utils/protocol/call';
import type { CallName, CallPayload, CallResult } from '@/utils/protocol/calls';
import type { Removed } from '@/utils/store/cascade';
import { QUOTA_MESSAGE } from '@/utils/store/quota';
import { App } from './app';
import type { PopupRoute } from './route';
import { UNDO_MS } from './use-undo';

vi.mock('@/utils/protocol/call', async (original) => ({
  ...(await original<typeof import('@/utils/protocol/call')>()),
  call: vi.fn(),
}));
const mockedCall = vi.mocked(call);

type Answers = { [M in CallName]?: (payload: CallPayload<M>) => CallResult<M> | Promise<CallResult<M>> };

const starmer = makeEntry({ id: 'starmer', name: 'Keir Starmer', rev: 4, aliases: [alias('Starmer')] });
const macron = makeEntry({ id: 'macron', name: 'Emmanuel Macron' });
const draftOf = (entry = starmer) => ({ entry, facts: [], stances: [] });
const removed: Removed = { entry: starmer, stances: [], facts: [], detachedFacts: [], detachedEntries: [] };

function answer(answers: Answers) {
  mockedCall.mockImplementation((async (type: CallName, payload: never) => {
    const handler = {
      'kb.entries': () => [starmer, macron],
      'page.mentions': () => ({ mentions: [], topic: null }),
      ...answers,
    }[type] as ((payload: never) => unknown) | undefined;
    if (!handler) throw new Error(`unexpected ${type}`);
    return handler(payload);
  }) as typeof call);
}

const payloads = <M extends CallName>(type: M) =>
  mockedCall.mock.calls.filter(([name]) => name === type).map(([, payload]) => payload as CallPayload<M>);

function renderApp(route: Partial<PopupRoute> = {}) {
  return render(<App route={{ wide: false, fromTab: null, open: null, ...route }} />);
}

beforeEach(() => {
  fakeBrowser.reset();
  mockedCall.mockReset();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('App: saving over a change made elsewhere', () => {
  const stored = makeEntry({ ...starmer, role: 'Prime Minister', rev: 5 });
  const conflictOnce = () => {
    let saves = 0;
    return () => {
      saves += 1;
      if (saves === 1) throw new CallError('Entry "starmer" changed elsewhere', 'conflict');
      return { ...starmer, rev: 6 };
    };
  };

  async function editAndSave() {
    renderApp({ open: { kind: 'entry', id: 'starmer' } });
    const role = await screen.findByLabelText('Role');
    fireEvent.input(role, { target: { value: 'Leader of the Labour Party' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    return screen.findByText('This entry was changed elsewhere (revision 5)');
  }

  it('shows the stored version in a conflict alert and overwrites it on request', async () => {
    let drafts = 0;
    answer({
      'kb.draft': () => (++drafts === 1 ? draftOf() : draftOf(stored)),
      'kb.saveDraft': conflictOnce(),
    });
    await editAndSave();
    expect(payloads('kb.saveDraft')[0]).toMatchObject({ expectedRev: 4, loaded: { facts: [], stances: [] } });
    fireEvent.click(screen.getByRole('button', { name: 'Overwrite with mine' }));
    await screen.findByText('Saved “Keir Starmer”.');
    const overwrite = payloads('kb.saveDraft')[1];
    expect(overwrite?.expectedRev).toBe(5);
    expect(overwrite?.draft.entry).toMatchObject({ role: 'Leader of the Labour Party', rev: 5 });
    expect(screen.queryByRole('heading', { name: 'Edit Keir Starmer' })).toBeNull();
  });

  it('drops the edits and shows the stored version on "Reload theirs"', async () => {
    let drafts = 0;
    answer({
      'kb.draft': () => (++drafts === 1 ? draftOf() : draftOf(stored)),
      'kb.saveDraft': conflictOnce(),
    });
    await editAndSave();
    fireEvent.click(screen.getByRole('button', { name: 'Reload theirs' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Role') as HTMLInputElement).value).toBe('Prime Minister'),
    );
    expect(screen.queryByText(/changed elsewhere/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved “Keir Starmer”.');
    expect(payloads('kb.saveDraft')[1]?.expectedRev).toBe(5);
  });

  it('creates a new entry with revision null and shows a failure in the alert region', async () => {
    answer({ 'kb.saveDraft': () => Promise.reject(new CallError('Entry "x": affiliation not found')) });
    renderApp();
    fireEvent.click(screen.getByRole('tab', { name: 'Entries' }));
    fireEvent.click(await screen.findByRole('button', { name: 'New entry' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Zelda Quartermaine' } });
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'person' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getAllByRole('alert')[0]?.textContent).toContain('affiliation not found'),
    );
    const sent = payloads('kb.saveDraft')[0];
    expect(sent?.expectedRev).toBeNull();
    expect(sent?.draft.entry).toMatchObject({ name: 'Zelda Quartermaine', rev: 0 });
  });
});

describe('App: a browser out of storage space', () => {
  it('says so, and that nothing was saved, instead of a bare failure', async () => {
    answer({
      'kb.draft': () => draftOf(),
      'kb.saveDraft': () => Promise.reject(new CallError(QUOTA_MESSAGE, 'quota-exceeded')),
    });
    renderApp({ open: { kind: 'entry', id: 'starmer' } });
    fireEvent.input(await screen.findByLabelText('Role'), { target: { value: 'Prime Minister' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getAllByRole('alert')[0]?.textContent).toContain(QUOTA_MESSAGE));
    expect(screen.getByRole('heading', { name: 'Edit Keir Starmer' })).toBeTruthy();
  });
});

describe('App: deleting', () => {
  async function deleteStarmer() {
    answer({ 'kb.draft': () => draftOf(), 'kb.deleteEntry': () => removed, 'kb.undoDelete': () => null });
    renderApp({ open: { kind: 'entry', id: 'starmer' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    return screen.findByText('Deleted “Keir Starmer”.');
  }

  it('offers an undo that restores exactly what the delete removed', async () => {
    await deleteStarmer();
    expect(payloads('kb.deleteEntry')).toEqual([{ id: 'starmer', expectedRev: 4 }]);
    const bar = screen.getByText('Deleted “Keir Starmer”.').parentElement!;
    fireEvent.click(within(bar).getByRole('button', { name: 'Undo' }));
    await screen.findByText('Restored “Keir Starmer”.');
    expect(payloads('kb.undoDelete')).toEqual([{ removed }]);
    expect(screen.queryByText('Deleted “Keir Starmer”.')).toBeNull();
  });

  it('withdraws the undo offer after ten seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await deleteStarmer();
    await act(() => {
      vi.advanceTimersByTime(UNDO_MS - 100);
    });
    expect(screen.queryByText('Deleted “Keir Starmer”.')).not.toBeNull();
    await act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(screen.queryByText('Deleted “Keir Starmer”.')).toBeNull();
  });
});

describe('App: import', () => {
  const ID = '00000000-0000-4000-8000-000000000000';
  const pack = {
    ...minimalPack(),
    title: 'Shared pack',
    entries: [minimalPack().entries[0]],
    facts: [],
    stances: [],
  };
  it('refuses a file over 10 MB without reading it', async () => {
    answer({});
    renderApp();
    fireEvent.click(screen.getByRole('tab', { name: 'Import / export' }));
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 20 * 1024 * 1024 });
    const text = vi.spyOn(file, 'text');
    fireEvent.change(screen.getByLabelText('Pack file (.json)'), { target: { files: [file] } });
    await screen.findByText('“huge.json” is 20.0 MB: a pack can be at most 10.0 MB. Nothing was imported.');
    expect(text).not.toHaveBeenCalled();
    expect(mockedCall.mock.calls.filter(([name]) => name.startsWith('kb.import'))).toEqual([]);
  });

  it('stages and previews a pack, then commits it in the chosen mode without sending it again', async () => {
    answer({
      'kb.importPreview': () => ({
        title: 'Shared pack',
        items: [{ id: 'a', name: 'A', type: 'entry', status: 'new' }],
        removed: [{ id: 'b', name: 'B', type: 'entry', status: 'removed' }],
        undoable: { merge: true, replace: true },
      }),
      'kb.importBegin': () => ({ importId: ID }),
      'kb.importChunk': ({ from }) => ({ received: from + 1, total: 1, writing: false }),
      'kb.importCommit': () => ({ added: 1, updated: 0, unchanged: 0, removed: 2, kept: 0, undo: null }),
    });
    renderApp();
    fireEvent.click(screen.getByRole('tab', { name: 'Import / export' }));
    const file = new File([JSON.stringify(pack)], 'pack.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Pack file (.json)'), { target: { files: [file] } });
    fireEvent.click(await screen.findByLabelText('Replace the knowledge base'));
    fireEvent.click(screen.getByRole('button', { name: 'Replace and import…' }));
    expect(payloads('kb.importCommit')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove and import' }));
    await screen.findByText('Imported “Shared pack”: 1 added, 0 updated, 0 unchanged, 2 removed.');
    const head = { ...pack, entries: [], facts: [], stances: [] };
    const counts = { entries: 1, facts: 0, stances: 0 };
    expect(payloads('kb.importBegin')).toEqual([{ head, counts }]);
    expect(payloads('kb.importChunk')).toEqual([
      { importId: ID, collection: 'entries', from: 0, text: JSON.stringify(pack.entries) },
    ]);
    expect(payloads('kb.importPreview')).toEqual([{ importId: ID }]);
    expect(payloads('kb.importCommit')).toEqual([{ importId: ID, mode: 'replace' }]);
  });

  it('shows why a preview failed when the background stops during it, instead of staying silent', async () => {
    answer({
      'kb.importBegin': () => ({ importId: ID }),
      'kb.importChunk': () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    renderApp();
    fireEvent.click(screen.getByRole('tab', { name: 'Import / export' }));
    const file = new File([JSON.stringify(pack)], 'pack.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Pack file (.json)'), { target: { files: [file] } });
    await screen.findByText(
      "“pack.json” can't be imported: The background stopped before the preview was complete (Could not establish connection. Receiving end does not exist.): nothing was imported. Try again.",
    );
    expect(payloads('kb.importPreview')).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
  });
});
