import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noUndoText } from './confirm-bulk';
import { ReinstallPreview } from './reinstall-preview';
import type { ImportPreview } from './types';

afterEach(cleanup);

const preview: ImportPreview = {
  title: 'Starter pack',
  items: [
    { id: 'merz', name: 'Friedrich Merz', type: 'entry', status: 'new' },
    { id: 'macron', name: 'Emmanuel Macron', type: 'entry', status: 'updated' },
    { id: 'france', name: 'République française', type: 'entry', status: 'kept' },
    { id: 'un', name: 'United Nations', type: 'entry', status: 'unchanged' },
  ],
  removed: [],
  undoable: { merge: true, replace: false },
};

function setup(shown: ImportPreview = preview) {
  const props = { preview: shown, busy: false, onConfirm: vi.fn(), onCancel: vi.fn() };
  render(<ReinstallPreview {...props} />);
  return props;
}

describe('ReinstallPreview', () => {
  it('shows what is added, updated and kept as the reader edited it, and writes only on Re-install', () => {
    const { onConfirm, onCancel } = setup();
    expect(screen.getByText('Starter pack').parentElement?.textContent).toBe(
      'Starter pack: 4 entries: 1 kept (edited here), 1 new, 1 updated, 1 unchanged',
    );
    const kept = within(screen.getByRole('table', { name: 'Kept (edited here) records' }));
    expect(kept.getByText('République française')).toBeTruthy();
    expect(screen.getByText(/Records you edited stay as they are. You can undo/)).toBeTruthy();
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Re-install' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('offers nothing to write when every starter record is here', () => {
    const { onConfirm } = setup({ ...preview, items: preview.items.slice(2) });
    const button = screen.getByRole('button', { name: 'Re-install' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(screen.getByText(/Nothing to re-install/)).toBeTruthy();
    fireEvent.click(button);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('asks again, saying it cannot be undone, when the re-install is past the undo bounds', () => {
    const { onConfirm } = setup({ ...preview, undoable: { merge: false, replace: false } });
    fireEvent.click(screen.getByRole('button', { name: 'Re-install' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByText(noUndoText())).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Re-install anyway' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});
