import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { subscriptionPreview } from '@/tests/helpers/subscription-fixtures';
import type { SubscriptionPreview } from '@/utils/subscribe/subscription-preview';
import { PackUpdateReview } from './pack-update-review';

afterEach(cleanup);

function setup(preview: SubscriptionPreview = subscriptionPreview()) {
  const onConfirm = vi.fn();
  const { container } = render(
    <PackUpdateReview
      preview={preview}
      label="What the update changes"
      confirmLabel="Update"
      busy={false}
      onConfirm={onConfirm}
      onCancel={vi.fn()}
    />,
  );
  const update = screen.getByRole('button', { name: 'Update' }) as HTMLButtonElement;
  return { onConfirm, container, update };
}

const conflict = () => screen.getByRole('group', { name: 'Entry “Steve Witkoff”' });

describe('PackUpdateReview', () => {
  it('counts what is added, updated, kept and in conflict, and lists each group with what changes and why', () => {
    setup();
    expect(screen.getByText('Added: 1 · Updated: 1 · Kept as you have them: 1 · Conflicts: 1')).toBeTruthy();
    expect(screen.getByText('Role: Senator → Secretary of State')).toBeTruthy();
    const kept = screen.getByRole('table', { name: 'Kept as you have them' });
    expect(within(kept).getByRole('row', { name: /Met in Geneva\..*you edited it/ })).toBeTruthy();
  });

  it('shows a conflict side by side: the field, mine and theirs', () => {
    setup();
    const table = within(conflict()).getByRole('table', {
      name: '“Steve Witkoff”: your copy and the pack’s',
    });
    const cells = within(table)
      .getAllByRole('row')
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(cells).toEqual([
      ['Field', 'Yours', 'The pack’s'],
      ['Role', 'Special envoy', 'Special envoy for peace missions'],
    ]);
  });

  it('keeps mine by default, and sends theirs for the record once the reader takes it', () => {
    const { onConfirm, update } = setup();
    const keep = within(conflict()).getByRole('radio', { name: 'Keep mine' }) as HTMLInputElement;
    const take = within(conflict()).getByRole('radio', { name: 'Take theirs' }) as HTMLInputElement;
    expect([keep.checked, take.checked]).toEqual([true, false]);
    fireEvent.click(update);
    expect(onConfirm).toHaveBeenLastCalledWith({});
    fireEvent.click(take);
    expect([keep.checked, take.checked]).toEqual([false, true]);
    fireEvent.click(update);
    expect(onConfirm).toHaveBeenLastCalledWith({ 'entries/witkoff': 'theirs' });
  });

  it('blocks the write while the update has problems, and names them', () => {
    const { onConfirm, update } = setup(
      subscriptionPreview({ problems: ['Fact “f9” names entry “ghost”, which does not exist'] }),
    );
    expect(screen.getByText('Fact “f9” names entry “ghost”, which does not exist')).toBeTruthy();
    expect(update.disabled).toBe(true);
    fireEvent.click(update);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('says when the update could not be undone, and when it changes nothing', () => {
    setup(subscriptionPreview({ undoable: false }));
    expect(screen.getByText(/This cannot be undone/)).toBeTruthy();
    cleanup();
    setup(
      subscriptionPreview({
        creates: [],
        updates: [],
        kept: [],
        conflicts: [],
        counts: { creates: 0, updates: 0, unchanged: 3, removes: 0, kept: 0, conflicts: 0 },
      }),
    );
    expect(screen.getByText('Nothing to change: you have this version already.')).toBeTruthy();
    expect(screen.queryByText(/This cannot be undone/)).toBeNull();
  });

  it('lists records removed from the pack under their own name', () => {
    setup(
      subscriptionPreview({
        removes: [{ collection: 'stances', id: 's1', name: 'Supports the ceasefire' }],
        counts: { creates: 1, updates: 1, unchanged: 0, removes: 1, kept: 1, conflicts: 1 },
      }),
    );
    const removed = screen.getByRole('table', { name: 'Removed from the pack' });
    expect(within(removed).getByText('Supports the ceasefire')).toBeTruthy();
    expect(screen.getByText(/Removed from the pack: 1/)).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { container } = setup();
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations).toEqual([]);
  });
});
