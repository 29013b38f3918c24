import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alias, makeEntry } from '@/tests/helpers/popup-fixtures';
import { call } from '@/utils/protocol/call';
import { App } from './app';

vi.mock('@/utils/protocol/call', async (original) => ({
  ...(await original<typeof import('@/utils/protocol/call')>()),
  call: vi.fn(),
}));

const macron = makeEntry({ id: 'macron', name: 'Emmanuel Macron' });
const starmer = makeEntry({ id: 'starmer', name: 'Keir Starmer', rev: 4, aliases: [alias('Starmer')] });

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(call).mockImplementation((async (type: string) => {
    if (type === 'kb.entries') return [macron, starmer];
    if (type === 'page.mentions') return { mentions: [], topic: null };
    if (type === 'kb.draft') return { entry: starmer, facts: [], stances: [] };
    if (type === 'kb.saveDraft') return { ...starmer, rev: 5 };
    throw new Error(`unexpected ${type}`);
  }) as typeof call);
});
afterEach(cleanup);

describe('App: after saving in the editor', () => {
  it('shows the saved entry selected in the list, with focus on the list', async () => {
    render(<App route={{ wide: false, fromTab: null, open: { kind: 'entry', id: 'starmer' } }} />);
    fireEvent.input(await screen.findByLabelText('Role'), { target: { value: 'Prime Minister' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const list = await screen.findByRole('listbox');
    await waitFor(() =>
      expect(list.querySelector('[aria-selected="true"]')?.textContent).toContain('Keir Starmer'),
    );
    expect(document.activeElement).toBe(list);
    expect(screen.getByRole('tab', { name: 'Entries' }).getAttribute('aria-selected')).toBe('true');
  });
});
