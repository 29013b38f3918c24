import { afterEach, describe, expect, it } from 'vitest';
import { contrast } from '@/tests/helpers/contrast';
import { COLOURS, FAMILY_MARKS } from '@/utils/design/tokens';
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
  const token = (name: string) => css.getPropertyValue(`--fl-${name}`).trim();
  return { bg: token('bg'), family: token('family'), line: token('family-line'), token, css };
}

describe('popoverStyles', () => {
  it('is light by default, in the family colours of the page highlights and the popup', () => {
    const actor = computed({ 'data-family': 'actor' });
    const proposal = computed({ 'data-family': 'proposal' });
    expect(actor.bg).toBe(COLOURS.light.bg);
    expect([actor.family, actor.line]).toEqual([COLOURS.light.actor, FAMILY_MARKS.actor.line]);
    expect([proposal.family, proposal.line]).toEqual([COLOURS.light.proposal, FAMILY_MARKS.proposal.line]);
  });

  it('follows a dark preference unless data-scheme forces light', () => {
    device.prefersColorScheme = 'dark';
    expect(computed({ 'data-family': 'actor' }).bg).toBe(COLOURS.dark.bg);
    expect(computed({ 'data-family': 'proposal' }).family).toBe(COLOURS.dark.proposal);
    expect(computed({ 'data-family': 'actor', 'data-scheme': 'light' }).bg).toBe(COLOURS.light.bg);
  });

  it('goes dark with data-scheme="dark" whatever the preference, keeping each family its colour', () => {
    const actor = computed({ 'data-family': 'actor', 'data-scheme': 'dark' });
    const proposal = computed({ 'data-family': 'proposal', 'data-scheme': 'dark' });
    expect(actor.bg).toBe(COLOURS.dark.bg);
    expect([actor.family, proposal.family]).toEqual([COLOURS.dark.actor, COLOURS.dark.proposal]);
  });

  it.each(['light', 'dark'])('keeps every text colour it uses at AA contrast in the %s scheme', (scheme) => {
    for (const family of ['actor', 'proposal']) {
      const { token } = computed({ 'data-family': family, 'data-scheme': scheme });
      const pairs = [
        ['text', 'bg'],
        ['text', 'surface'],
        ['muted', 'bg'],
        ['family', 'bg'],
        ['accent', 'bg'],
        ['on-accent', 'accent'],
        ['warning', 'warning-bg'],
      ];
      for (const [text, back] of pairs) {
        expect(contrast(token(text!), token(back!)), `${family} ${text} on ${back}`).toBeGreaterThanOrEqual(
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
