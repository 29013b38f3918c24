import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PACK_URL,
  packActions,
  removalPreview,
  subscribedPack,
  subscriptionPreview,
} from '@/tests/helpers/subscription-fixtures';
import type { InstalledPack } from '@/utils/installed-pack';
import { PackItem } from './pack-item';
import { removalDetails } from './pack-removal';
import type { PackTask } from './pack-tasks';

afterEach(cleanup);

function setup(pack: InstalledPack = subscribedPack(), task: PackTask | null = null) {
  const actions = packActions();
  const { container } = render(
    <ul>
      <PackItem pack={pack} busy={false} task={task} actions={actions} />
    </ul>,
  );
  return { actions, container };
}

const button = (name: string) => screen.getByRole('button', { name });

describe('PackItem, subscribed by address', () => {
  it('shows its address as a link, the last check as a date, and the last error as text', () => {
    setup(subscribedPack({ lastError: 'The address answered 500 <script>' }));
    expect(screen.getByRole('link', { name: PACK_URL }).getAttribute('href')).toBe(PACK_URL);
    expect(screen.getByText('12 Jan 2026').getAttribute('datetime')).toBe('2026-01-12T00:00:00.000Z');
    expect(screen.getByText('The last check failed: The address answered 500 <script>')).toBeTruthy();
  });

  it('shows an address that is not http(s) as text, never as a link', () => {
    setup(subscribedPack({ url: 'javascript:alert(1)' }));
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Address: javascript:alert(1)')).toBeTruthy();
  });

  it('checks for updates and switches automatic updates, hinting that edits are kept', () => {
    const { actions } = setup();
    fireEvent.click(button('Check for updates'));
    expect(actions.onCheck).toHaveBeenCalledExactlyOnceWith('peace');
    const auto = screen.getByRole('switch', { name: 'Update automatically' }) as HTMLInputElement;
    expect(auto.checked).toBe(false);
    expect(screen.getByText('Your edits are always kept.').id).toBe(auto.getAttribute('aria-describedby'));
    fireEvent.click(auto);
    expect(actions.onAutoUpdate).toHaveBeenCalledExactlyOnceWith('peace', true);
  });

  it('shows the update a check found under the pack, and Update sends the choices', () => {
    const { actions } = setup(subscribedPack(), {
      kind: 'update',
      packId: 'peace',
      preview: subscriptionPreview(),
    });
    const region = screen.getByRole('region', { name: 'What the update changes' });
    fireEvent.click(within(region).getByRole('radio', { name: 'Take theirs' }));
    fireEvent.click(within(region).getByRole('button', { name: 'Update' }));
    expect(actions.onUpdate).toHaveBeenCalledExactlyOnceWith('peace', { 'entries/witkoff': 'theirs' });
  });
});

describe('PackItem, removal', () => {
  it('offers Remove… on every pack, and Check for updates only on a subscribed one', () => {
    const { actions } = setup(subscribedPack({ id: 'starter', title: 'Starter pack', url: undefined }));
    expect(screen.queryByRole('button', { name: 'Check for updates' })).toBeNull();
    expect(screen.queryByRole('switch', { name: 'Update automatically' })).toBeNull();
    fireEvent.click(button('Remove…'));
    expect(actions.onAskRemove).toHaveBeenCalledExactlyOnceWith('starter');
    expect(actions.onRemove).not.toHaveBeenCalled();
  });

  it('asks before removing, saying what goes and what stays, and removes only on Remove', () => {
    const { actions } = setup(subscribedPack(), {
      kind: 'remove',
      packId: 'peace',
      preview: removalPreview(),
    });
    expect(screen.getByText('Remove “Peace talks”?')).toBeTruthy();
    expect(screen.getByText('Removed (2): Jared Kushner, Marco Rubio')).toBeTruthy();
    expect(screen.getByText('Kept, as you edited them (1): Steve Witkoff')).toBeTruthy();
    fireEvent.click(button('Cancel'));
    expect(actions.onCancelTask).toHaveBeenCalledOnce();
    expect(actions.onRemove).not.toHaveBeenCalled();
    fireEvent.click(button('Remove'));
    expect(actions.onRemove).toHaveBeenCalledExactlyOnceWith('peace');
  });

  it('names at most eight records per line, then counts the rest', () => {
    const removes = Array.from({ length: 10 }, (_, i) => ({
      collection: 'facts' as const,
      id: `f${i}`,
      name: `Fact ${i}`,
    }));
    const [goes, ...stays] = removalDetails(removalPreview({ removes, kept: [] }));
    expect(goes).toBe(
      'Removed (10): Fact 0, Fact 1, Fact 2, Fact 3, Fact 4, Fact 5, Fact 6, Fact 7 and 2 more',
    );
    expect(stays).toEqual([]);
    expect(removalDetails(removalPreview({ removes: [] }))[0]).toBe('No record is removed: every one stays.');
  });

  it('has no axe violations, subscribed and with its removal asked', async () => {
    const { container } = setup(subscribedPack(), {
      kind: 'remove',
      packId: 'peace',
      preview: removalPreview(),
    });
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations).toEqual([]);
  });
});
