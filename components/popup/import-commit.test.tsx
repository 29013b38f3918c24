import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noUndoText } from './confirm-bulk';
import { ImportCommit } from './import-commit';
import type { ImportPreview } from './types';

afterEach(cleanup);

const preview: ImportPreview = {
  title: 'Shared pack',
  items: [{ id: 'macron', name: 'Emmanuel Macron', type: 'entry', status: 'updated' }],
  removed: [
    { id: 'starmer', name: 'Keir Starmer', type: 'entry', status: 'removed' },
    { id: 'merz', name: 'Friedrich Merz', type: 'entry', status: 'removed' },
    { id: 'f1', name: 'Summit in Paris', type: 'fact', status: 'removed' },
    { id: 's1', name: 'supports', type: 'stance', status: 'removed' },
  ],
  undoable: { merge: true, replace: true },
};

function setup(shown: ImportPreview = preview) {
  const onConfirm = vi.fn();
  render(<ImportCommit preview={shown} busy={false} onConfirm={onConfirm} />);
  return onConfirm;
}

const chooseReplace = () =>
  fireEvent.click(screen.getByRole('radio', { name: 'Replace the knowledge base' }));

describe('ImportCommit', () => {
  it('lists by name, with counts, what a replace removes, and writes only once the reader confirms', () => {
    const onConfirm = setup();
    expect(screen.queryByText(/Replacing removes/)).toBeNull();
    chooseReplace();
    expect(
      screen.getByText('Replacing removes 2 entries, 1 fact, 1 stance that the pack does not have:'),
    ).toBeTruthy();
    const table = within(screen.getByRole('table', { name: 'Removed records' }));
    expect(table.getByText('Keir Starmer')).toBeTruthy();
    expect(table.getByText('Friedrich Merz')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replace and import…' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByText('Remove 2 entries, 1 fact, 1 stance and import “Shared pack”?')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Replace and import…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove and import' }));
    expect(onConfirm).toHaveBeenCalledExactlyOnceWith('replace');
  });

  it('says when a replace removes nothing', () => {
    setup({ ...preview, removed: [] });
    chooseReplace();
    expect(screen.getByText('Nothing stored is removed: the pack has every stored record.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replace and import…' }));
    expect(screen.getByText('Replace the knowledge base with “Shared pack”?')).toBeTruthy();
  });

  it('asks again, saying it cannot be undone, before a write past the undo bounds', () => {
    const onConfirm = setup({ ...preview, undoable: { merge: false, replace: false } });
    expect(screen.getByText('It cannot be undone.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByText(noUndoText())).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import anyway' }));
    expect(onConfirm).toHaveBeenCalledExactlyOnceWith('merge');
  });
});
