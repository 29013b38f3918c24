import { afterEach, describe, expect, it } from 'vitest';
import { popoverStyles } from './popover-styles';

/** happy-dom's emulated device, switched per test to check the media queries. */
const device = (window as unknown as { happyDOM: { settings: { device: Record<string, string> } } }).happyDOM
  .settings.device;

afterEach(() => {
  device.prefersColorScheme = 'light';
  device.prefersReducedMotion = 'no-preference';
  document.body.replaceChildren();
});

/** Computed custom properties and animation of a popover root styled only by the shadow stylesheet. */
function computed(attributes: Record<string, string>) {
  const root = document.createElement('div').attachShadow({ mode: 'open' });
  document.body.append(root.host);
  const style = document.createElement('style');
  style.textContent = popoverStyles;
  const popover = document.createElement('div');
  popover.className = 'fl-popover';
  for (const [name, value] of Object.entries(attributes)) popover.setAttribute(name, value);
  root.append(style, popover);
  const css = getComputedStyle(popover);
  return { bg: css.getPropertyValue('--fl-bg'), accent: css.getPropertyValue('--fl-accent'), css };
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('popoverStyles', () => {
  it('is light by default, with a distinct accent per family', () => {
    const actor = computed({ 'data-family': 'actor' });
    const proposal = computed({ 'data-family': 'proposal' });
    expect(actor.bg).toBe('#ffffff');
    expect(proposal.bg).toBe('#ffffff');
    expect(actor.accent).not.toBe(proposal.accent);
  });

  it('follows a dark preference unless data-scheme forces light', () => {
    device.prefersColorScheme = 'dark';
    expect(computed({ 'data-family': 'actor' }).bg).toBe('#1e1e22');
    expect(computed({ 'data-family': 'actor', 'data-scheme': 'light' }).bg).toBe('#ffffff');
  });

  it('goes dark with data-scheme="dark" whatever the preference, keeping family accents apart', () => {
    const actor = computed({ 'data-family': 'actor', 'data-scheme': 'dark' });
    const proposal = computed({ 'data-family': 'proposal', 'data-scheme': 'dark' });
    expect(actor.bg).toBe('#1e1e22');
    expect(actor.accent).not.toBe(computed({ 'data-family': 'actor' }).accent);
    expect(proposal.accent).not.toBe(actor.accent);
  });

  it.each(['light', 'dark'])('keeps every text colour at AA contrast in the %s scheme', (scheme) => {
    for (const family of ['actor', 'proposal']) {
      const { css } = computed({ 'data-family': family, 'data-scheme': scheme });
      const color = (name: string) => css.getPropertyValue(`--fl-${name}`).trim();
      const pairs = [
        ['fg', 'bg'],
        ['fg', 'hover'],
        ['muted', 'bg'],
        ['accent', 'bg'],
        ['on-accent', 'accent'],
        ['caveat-fg', 'caveat-bg'],
      ];
      for (const [text, back] of pairs) {
        expect(contrast(color(text!), color(back!)), `${family} ${text} on ${back}`).toBeGreaterThanOrEqual(
          4.5,
        );
      }
    }
  });

  it('caps the size and drops the entry animation when motion is reduced', () => {
    const { css } = computed({});
    expect(css.maxWidth).toContain('360px');
    expect(css.animation).toContain('fl-appear');
    device.prefersReducedMotion = 'reduce';
    expect(computed({}).css.animation).toBe('none');
  });
});
