import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeEntry } from '@/tests/helpers/popup-fixtures';
import { call } from '@/utils/protocol/call';
import type { PageTextAnswer } from '@/utils/protocol/tab-requests';
import { DISMISSED_KEY } from '@/utils/suggest/dismissed';
import { PagePanel } from './page-panel';
import type { Editor } from './use-editor';

vi.mock('@/utils/protocol/call', async (original) => ({
  ...(await original<typeof import('@/utils/protocol/call')>()),
  call: vi.fn(),
}));
const mockedCall = vi.mocked(call);

const PAGE: PageTextAnswer = {
  title: 'Talks in Istanbul',
  url: 'https://news.example/talks',
  blocks: [
    { role: 'headline', text: 'Medinsky and Umerov meet in Istanbul' },
    {
      role: 'lead',
      text: 'ISTANBUL (Reuters) - Russian negotiator Vladimir Medinsky met Zelenskyy’s envoy on Monday.',
    },
    { role: 'body', text: 'Keir Starmer said Medinsky was late.' },
  ],
};
const starmer = makeEntry({ id: 'starmer', name: 'Keir Starmer' });
const zelensky = makeEntry({ id: 'zelensky', name: 'Volodymyr Zelensky' });

function show(answer: unknown = PAGE) {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => answer as never);
  const editor = { createFrom: vi.fn() } as unknown as Editor;
  const onEdit = vi.fn();
  const notify = { error: vi.fn(), status: vi.fn() };
  render(
    <PagePanel
      known={{ mentions: [], topic: null, onChoose: () => {} }}
      tabId={7}
      entries={[starmer, zelensky]}
      editor={editor}
      notify={notify}
      onEdit={onEdit}
    />,
  );
  return { editor, onEdit, notify };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('PagePanel', () => {
  it('asks the tab for its text and lists the names the entries lack', async () => {
    show();
    await waitFor(() => expect(screen.getByText('Vladimir Medinsky')).toBeTruthy(), { timeout: 10_000 });
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'page.text' });
    const names = screen.getAllByRole('listitem').map((row) => row.firstElementChild?.textContent);
    expect(names).not.toContain('Keir Starmer');
    expect(names).not.toContain('Monday');
    expect(names).not.toContain('Reuters');
  });

  it('opens the editor on a prefilled entry with one click', async () => {
    const { editor, onEdit } = show();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Add Vladimir Medinsky' }, { timeout: 10_000 }),
    );
    expect(editor.createFrom).toHaveBeenCalledWith(
      expect.objectContaining({
        entry: expect.objectContaining({ name: 'Vladimir Medinsky', kind: 'person' }),
        facts: [expect.objectContaining({ text: 'Mentioned in Talks in Istanbul' })],
      }),
    );
    expect(onEdit).toHaveBeenCalled();
  });

  it('adds another form of a known entry as its alias through the save call', async () => {
    mockedCall.mockImplementation(async (type) => {
      if (type === 'kb.draft') return { entry: zelensky, facts: [], stances: [] } as never;
      return zelensky as never;
    });
    const { notify } = show();
    fireEvent.click(
      await screen.findByRole(
        'button',
        { name: 'Add as an alias of Volodymyr Zelensky' },
        { timeout: 10_000 },
      ),
    );
    await waitFor(() => expect(notify.status).toHaveBeenCalled());
    expect(mockedCall).toHaveBeenCalledWith('kb.saveDraft', {
      draft: expect.objectContaining({
        entry: expect.objectContaining({
          aliases: [{ text: 'Zelenskyy', caseSensitive: false, needsContext: false }],
        }),
      }),
      expectedRev: zelensky.rev,
      loaded: { facts: [], stances: [] },
    });
  });

  it('keeps a dismissed name in extension storage and takes it back on undo', async () => {
    show();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Dismiss Vladimir Medinsky' }, { timeout: 10_000 }),
    );
    await waitFor(() => expect(screen.queryByText('Vladimir Medinsky')).toBeNull());
    expect((await fakeBrowser.storage.local.get(DISMISSED_KEY))[DISMISSED_KEY]).toEqual([
      'vladimir medinsky',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Vladimir Medinsky');
    expect((await fakeBrowser.storage.local.get(DISMISSED_KEY))[DISMISSED_KEY]).toEqual([]);
  });

  it('shows no suggestions where the tab cannot answer or is paused', async () => {
    show(null);
    await waitFor(() => expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalled());
    expect(screen.queryByText('Not in the knowledge base')).toBeNull();
  });
});
