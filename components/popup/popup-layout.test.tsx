import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupLayout } from './popup-layout';
import type { PopupTab } from './types';

afterEach(cleanup);

function Harness({ onSelect }: { onSelect?: (tab: PopupTab) => void }) {
  const [active, setActive] = useState<PopupTab>('page');
  return (
    <PopupLayout
      active={active}
      onSelect={(tab) => {
        onSelect?.(tab);
        setActive(tab);
      }}
    >
      <p>Panel for {active}</p>
    </PopupLayout>
  );
}

describe('PopupLayout', () => {
  it('shows five tabs with only the active one selected and focusable', () => {
    render(<Harness />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'On this page',
      'Entries',
      'Packs',
      'Import / export',
      'Settings',
    ]);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual([
      'true',
      'false',
      'false',
      'false',
      'false',
    ]);
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0]?.id);
    expect(tabs[0]?.getAttribute('aria-controls')).toBe(panel.id);
  });

  it('ArrowRight selects and focuses the next tab', () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    fireEvent.keyDown(screen.getByRole('tab', { name: 'On this page' }), { key: 'ArrowRight' });
    expect(onSelect).toHaveBeenCalledWith('entries');
    const entries = screen.getByRole('tab', { name: 'Entries' });
    expect(entries.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(entries);
    expect(screen.getByRole('tabpanel').textContent).toBe('Panel for entries');
  });

  it('ArrowLeft wraps from the first tab to the last, End and Home jump', () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    fireEvent.keyDown(screen.getByRole('tab', { name: 'On this page' }), { key: 'ArrowLeft' });
    expect(onSelect).toHaveBeenLastCalledWith('settings');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Settings' }), { key: 'Home' });
    expect(onSelect).toHaveBeenLastCalledWith('page');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'On this page' }), { key: 'End' });
    expect(onSelect).toHaveBeenLastCalledWith('settings');
  });

  it('ignores other keys and switches on click', () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    fireEvent.keyDown(screen.getByRole('tab', { name: 'On this page' }), { key: 'a' });
    expect(onSelect).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('tab', { name: 'Import / export' }));
    expect(onSelect).toHaveBeenCalledWith('import');
  });
});
