import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeHoverDelay, SettingsView, type SettingsViewProps } from './settings-view';
import type { Settings } from './types';

afterEach(cleanup);

const settings: Settings = {
  paused: false,
  disabledSites: ['www.dailymail.co.uk'],
  highlightStyle: 'underline',
  hoverDelayMs: 300,
  requireModifier: false,
  privateHighlights: false,
  topicGate: true,
  seenLog: true,
  seenMaxAgeDays: 90,
  seenMaxPages: 200,
  seenInPrivate: false,
};

function setup(overrides: Partial<SettingsViewProps> = {}) {
  const props: SettingsViewProps = {
    settings,
    currentSite: 'www.lemonde.fr',
    onChange: vi.fn(),
    onRestoreStarter: vi.fn(),
    onClearLog: vi.fn(),
    logClearing: 'idle',
    ...overrides,
  };
  render(<SettingsView {...props} />);
  return { ...props, next: () => vi.mocked(props.onChange).mock.lastCall?.[0] };
}

describe('SettingsView', () => {
  it('pauses everywhere', () => {
    const { next } = setup();
    fireEvent.click(screen.getByRole('switch', { name: 'Pause highlighting everywhere' }));
    expect(next()).toEqual({ ...settings, paused: true });
  });

  it('turns the current site off, and back on', () => {
    const { next } = setup();
    const site = screen.getByRole('switch', { name: 'Highlight on www.lemonde.fr' }) as HTMLInputElement;
    expect(site.checked).toBe(true);
    fireEvent.click(site);
    expect(next()?.disabledSites).toEqual(['www.dailymail.co.uk', 'www.lemonde.fr']);
    cleanup();
    const again = setup({ currentSite: 'www.dailymail.co.uk' });
    const off = screen.getByRole('switch', { name: 'Highlight on www.dailymail.co.uk' }) as HTMLInputElement;
    expect(off.checked).toBe(false);
    fireEvent.click(off);
    expect(again.next()?.disabledSites).toEqual([]);
  });

  it('cannot toggle a site where the extension does not run', () => {
    setup({ currentSite: null });
    const site = screen.getByRole('switch', { name: 'Highlight on this site' }) as HTMLInputElement;
    expect(site.disabled).toBe(true);
    expect(screen.getByText('Not available on this page.')).toBeTruthy();
  });

  it('lists the sites turned off and removes one', () => {
    const { next } = setup({ settings: { ...settings, disabledSites: ['a.example', 'b.example'] } });
    expect(screen.getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual([
      'a.example',
      'b.example',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Turn highlighting back on for a.example' }));
    expect(next()?.disabledSites).toEqual(['b.example']);
  });

  it('changes the highlight style and the Alt requirement', () => {
    const { next } = setup();
    fireEvent.change(screen.getByRole('combobox', { name: 'Highlight style' }), {
      target: { value: 'subtle' },
    });
    expect(next()).toEqual({ ...settings, highlightStyle: 'subtle' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Open cards only while Alt is held' }));
    expect(next()).toEqual({ ...settings, requireModifier: true });
  });

  it('turns private highlights on, saying what it costs', () => {
    const { next } = setup();
    const box = screen.getByRole('checkbox', { name: 'Hide highlights from pages' });
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.click(box);
    expect(next()).toEqual({ ...settings, privateHighlights: true });
  });

  it('turns the topic gate off, saying what it does', () => {
    const { next } = setup();
    const box = screen.getByRole('checkbox', {
      name: 'Only highlight general names on pages about the topic',
    }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.click(box);
    expect(next()).toEqual({ ...settings, topicGate: false });
  });

  it('keeps the hover delay within 0–2000 ms in steps of 50', () => {
    const { next, onChange } = setup();
    const delay = screen.getByRole('spinbutton', { name: 'Hover delay (ms)' }) as HTMLInputElement;
    expect([delay.min, delay.max, delay.step]).toEqual(['0', '2000', '50']);
    fireEvent.change(delay, { target: { value: '333' } });
    expect(next()).toEqual({ ...settings, hoverDelayMs: 350 });
    fireEvent.change(delay, { target: { value: '9000' } });
    expect(next()?.hoverDelayMs).toBe(2000);
    vi.mocked(onChange).mockClear();
    fireEvent.change(delay, { target: { value: '310' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(delay.value).toBe('300');
  });

  it('asks what re-installing the starter pack would change, saying edited entries stay', () => {
    const { onRestoreStarter } = setup();
    const button = screen.getByRole('button', { name: 'Re-install the bundled starter pack' });
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /entries you edited, and your own, stay as they are/,
    );
    fireEvent.click(button);
    expect(onRestoreStarter).toHaveBeenCalled();
  });

  it('shows the re-install preview in place of the button once asked', () => {
    const preview = {
      title: 'Starter pack',
      items: [{ id: 'macron', name: 'Emmanuel Macron', type: 'entry' as const, status: 'new' as const }],
      removed: [],
      undoable: { merge: true, replace: true },
    };
    setup({ reinstall: { preview, busy: false, onConfirm: vi.fn(), onCancel: vi.fn() } });
    expect(screen.queryByRole('button', { name: 'Re-install the bundled starter pack' })).toBeNull();
    expect(screen.getByRole('region', { name: 'What re-installing changes' })).toBeTruthy();
  });
});

describe('normalizeHoverDelay', () => {
  it('clamps, rounds to the step and falls back on garbage', () => {
    expect(normalizeHoverDelay(-20, 300)).toBe(0);
    expect(normalizeHoverDelay(1_000_000, 300)).toBe(2000);
    expect(normalizeHoverDelay(124, 300)).toBe(100);
    expect(normalizeHoverDelay(125, 300)).toBe(150);
    expect(normalizeHoverDelay(Number.NaN, 300)).toBe(300);
  });
});
