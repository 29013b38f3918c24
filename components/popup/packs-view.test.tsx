import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { packActions, subscribeProps } from '@/tests/helpers/subscription-fixtures';
import type { InstalledPack } from '@/utils/installed-pack';
import { countsText } from './pack-item';
import { PacksView, type PacksViewProps } from './packs-view';

afterEach(cleanup);

const starter: InstalledPack = {
  id: 'starter',
  title: 'Starter pack',
  version: '2025-03-21',
  publisher: 'Fact Linker',
  counts: { entries: 31, facts: 15, stances: 1 },
  installedAt: Date.UTC(2026, 10, 1),
  updatedAt: Date.UTC(2026, 10, 2),
  enabled: true,
};
const shared: InstalledPack = {
  ...starter,
  id: 'shared',
  title: 'From a friend',
  publisher: null,
  counts: { entries: 1, facts: 0, stances: 2 },
  enabled: false,
};
const offer = {
  id: 'ukraine-peace-2025-2026',
  title: 'Ukraine peace process 2025–2026',
  publisher: 'Fact Linker',
};

function setup(overrides: Partial<PacksViewProps> = {}) {
  const props: PacksViewProps = {
    packs: [starter, shared],
    available: [offer],
    busy: null,
    task: null,
    actions: packActions(),
    subscribe: subscribeProps(),
    ...overrides,
  };
  const { container } = render(<PacksView {...props} />);
  return { ...props, ...props.actions, container };
}

const item = (title: string) => screen.getByRole('heading', { name: title }).closest('li') as HTMLElement;

describe('PacksView', () => {
  it('lists each installed pack with its version, publisher, counts and last update', () => {
    setup();
    const first = item('Starter pack');
    expect(first.textContent).toContain('Version 2025-03-21 · Fact Linker');
    expect(first.textContent).toContain('31 entries · 15 facts · 1 stance');
    expect(within(first).getByText('2 Nov 2026').getAttribute('datetime')).toBe('2026-11-02T00:00:00.000Z');
    expect(item('From a friend').textContent).toContain('Unknown publisher');
  });

  it('shows each pack’s switch as it stands and asks to turn it off or on', () => {
    const { onToggle } = setup();
    const on = within(item('Starter pack')).getByRole('switch');
    const off = within(item('From a friend')).getByRole('switch');
    expect([(on as HTMLInputElement).checked, (off as HTMLInputElement).checked]).toEqual([true, false]);
    expect(on.getAttribute('aria-describedby')).toBe(
      screen.getByRole('heading', { name: 'Starter pack' }).id,
    );
    fireEvent.click(on);
    expect(onToggle).toHaveBeenLastCalledWith('starter', false);
    fireEvent.click(off);
    expect(onToggle).toHaveBeenLastCalledWith('shared', true);
  });

  it('offers a bundled pack that is not installed with an Install button, and none once nothing is on offer', () => {
    const { onInstall } = setup();
    fireEvent.click(within(item(offer.title)).getByRole('button', { name: 'Install' }));
    expect(onInstall).toHaveBeenCalledWith(offer.id);
    cleanup();
    setup({ available: [] });
    expect(screen.queryByRole('button', { name: 'Install' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Available' })).toBeNull();
  });

  it('holds the controls of the pack that is busy, and only those', () => {
    setup({ busy: offer.id });
    expect((screen.getByRole('button', { name: 'Installing…' }) as HTMLButtonElement).disabled).toBe(true);
    expect((within(item('Starter pack')).getByRole('switch') as HTMLInputElement).disabled).toBe(false);
    cleanup();
    setup({ busy: 'starter' });
    expect((within(item('Starter pack')).getByRole('switch') as HTMLInputElement).disabled).toBe(true);
  });

  it('says when the packs are loading and when none is installed', () => {
    setup({ packs: null });
    expect(screen.getByText('Loading packs…')).toBeTruthy();
    cleanup();
    setup({ packs: [], available: [] });
    expect(screen.getByText('No pack is installed.')).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { container } = setup();
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations).toEqual([]);
  });
});

describe('countsText', () => {
  it('counts in the singular for one and the plural otherwise', () => {
    expect(countsText({ entries: 1, facts: 0, stances: 2 })).toBe('1 entry · 0 facts · 2 stances');
  });
});
