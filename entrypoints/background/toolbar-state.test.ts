import { describe, expect, it, vi } from 'vitest';
import { useLocale } from '@/tests/helpers/fake-i18n';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { TOOLBAR_ICONS, ToolbarState, toolbarLook } from './toolbar-state';

describe('toolbarLook', () => {
  it('shows the product icon where Fact Linker runs, and on pages it never runs on', () => {
    expect(toolbarLook(DEFAULT_SETTINGS, 'https://www.lemonde.fr/a')).toEqual({
      icon: 'on',
      title: 'Fact Linker',
    });
    expect(toolbarLook(DEFAULT_SETTINGS, 'chrome://extensions').icon).toBe('on');
    expect(toolbarLook(DEFAULT_SETTINGS, undefined).icon).toBe('on');
  });

  it('greys out and says why while paused or off on the site', () => {
    expect(toolbarLook({ ...DEFAULT_SETTINGS, paused: true }, 'https://a.example/')).toEqual({
      icon: 'off',
      title: 'Fact Linker: paused everywhere',
    });
    const off = { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] };
    expect(toolbarLook(off, 'https://a.example/x')).toEqual({
      icon: 'off',
      title: 'Fact Linker: off on a.example',
    });
    expect(toolbarLook(off, 'https://b.example/x').icon).toBe('on');
  });

  it('says why in the reader’s language', () => {
    useLocale('uk');
    const off = { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] };
    expect(toolbarLook(off, 'https://a.example/x').title).toBe('Fact Linker: вимкнено на a.example');
    useLocale('en', 'en-GB');
  });
});

describe('ToolbarState', () => {
  const deps = () => ({
    setIcon: vi.fn(async () => {}),
    setTitle: vi.fn(async () => {}),
    tabs: vi.fn(async () => [
      { id: 1, url: 'https://a.example/' },
      { id: 2, url: 'https://b.example/' },
      { url: 'https://no-id.example/' },
    ]),
  });

  it('repaints every tab when the settings change, and one tab as it navigates', async () => {
    const browser = deps();
    const toolbar = new ToolbarState(browser);
    await toolbar.show(1, 'https://a.example/');
    expect(browser.setIcon).not.toHaveBeenCalled();
    await toolbar.setSettings({ ...DEFAULT_SETTINGS, disabledSites: ['a.example'] });
    expect(browser.setIcon.mock.calls).toEqual([
      [{ tabId: 1, path: TOOLBAR_ICONS.off }],
      [{ tabId: 2, path: TOOLBAR_ICONS.on }],
    ]);
    await toolbar.show(2, 'https://a.example/later');
    expect(browser.setTitle).toHaveBeenLastCalledWith({ tabId: 2, title: 'Fact Linker: off on a.example' });
  });

  it('skips a tab that closed before its icon was set', async () => {
    const browser = { ...deps(), setIcon: vi.fn(async () => Promise.reject(new Error('No tab with id: 1'))) };
    const toolbar = new ToolbarState(browser);
    await expect(toolbar.setSettings(DEFAULT_SETTINGS)).resolves.toBeUndefined();
    expect(browser.setTitle).not.toHaveBeenCalled();
  });
});
