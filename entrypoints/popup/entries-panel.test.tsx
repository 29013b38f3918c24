import { cleanup, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { withPopupCss } from '@/tests/helpers/popup-css';
import { makeEntry } from '@/tests/helpers/popup-fixtures';
import { EntriesPanel } from './entries-panel';
import type { Editor } from './use-editor';

const starmer = makeEntry({ id: 'starmer', name: 'Keir Starmer' });
const macron = makeEntry({ id: 'macron', name: 'Emmanuel Macron' });

function editing(): Editor {
  return {
    session: {
      source: { entry: starmer, facts: [], stances: [] },
      isNew: false,
      conflict: null,
      generation: 1,
      origin: { packs: ['Starter pack'], edited: false },
    },
    saved: null,
    open: vi.fn(),
    create: vi.fn(),
    createFrom: vi.fn(),
    save: vi.fn(),
    overwrite: vi.fn(),
    reload: vi.fn(),
    remove: vi.fn(),
    close: vi.fn(),
  };
}

withPopupCss();

describe('EntriesPanel', () => {
  it('in the popup, shows the editor in place of the list', () => {
    render(<EntriesPanel entries={[macron, starmer]} editor={editing()} />);
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByText('From: Starter pack')).toBeTruthy();
  });

  it('in a tab, keeps the list beside the editor with the edited entry selected, and focus in the form', () => {
    render(<EntriesPanel entries={[macron, starmer]} editor={editing()} wide />);
    const list = screen.getByRole('listbox');
    expect(list.querySelector('[aria-selected="true"]')?.textContent).toContain('Keir Starmer');
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
    expect(document.activeElement?.closest('.fl-editor')).not.toBeNull();
    const split = list.closest('.fl-split');
    expect(split).not.toBeNull();
    expect(split?.querySelector('.fl-editor')).not.toBeNull();
    expect(getComputedStyle(split as HTMLElement).display).toBe('grid');
  });

  it('lists where a stored entry was seen below its editor, and nothing for a new one', () => {
    const editor = editing();
    render(<EntriesPanel entries={[macron, starmer]} editor={editor} />);
    expect(screen.getByRole('heading', { name: 'Where it was seen' })).toBeTruthy();
    cleanup();
    render(
      <EntriesPanel
        entries={[macron]}
        editor={{ ...editor, session: { ...editor.session!, isNew: true } }}
      />,
    );
    expect(screen.queryByRole('heading', { name: 'Where it was seen' })).toBeNull();
  });

  it('in a tab with no entry open, says where the editor will appear', () => {
    render(<EntriesPanel entries={[macron, starmer]} editor={{ ...editing(), session: null }} wide />);
    expect(screen.getByRole('listbox')).toBeTruthy();
    expect(screen.getByText('Choose an entry to edit it here, or make a new one.')).toBeTruthy();
  });
});
