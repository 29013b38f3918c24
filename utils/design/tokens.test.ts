import { describe, expect, it } from 'vitest';
import { contrast, over } from '@/tests/helpers/contrast';
import { BADGE, COLOURS, FAMILY_MARKS, SCHEMES, type SchemeColours } from './tokens';

type Name = keyof SchemeColours;

/** Text (4.5:1): each colour with every background it is written on. */
const TEXT_ON: Readonly<Partial<Record<Name, Name[]>>> = {
  text: ['bg', 'surface', 'selected', 'warningBg'],
  muted: ['bg', 'surface', 'selected'],
  accent: ['bg', 'surface'],
  onAccent: ['accent'],
  error: ['bg', 'surface'],
  warning: ['bg', 'warningBg'],
  actor: ['bg', 'surface', 'selected'],
  proposal: ['bg', 'surface', 'selected'],
};

/** Page backgrounds a highlight must read on: white, and the darkest and common dark themes. */
const PAGES = { light: ['#ffffff'], dark: ['#000000', '#121212', COLOURS.dark.bg] } as const;

/** The hue of a colour in degrees (HSL). */
function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const span = max - Math.min(r, g, b);
  const sector = max === r ? (g - b) / span : max === g ? (b - r) / span + 2 : (r - g) / span + 4;
  return (sector * 60 + 360) % 360;
}

/** How far apart two hues are around the wheel, 0 to 180 degrees. */
function hueGap(a: string, b: string): number {
  const gap = Math.abs(hue(a) - hue(b));
  return Math.min(gap, 360 - gap);
}

describe('the contrast arithmetic', () => {
  it('matches WCAG at the 4.5:1 threshold: #767676 on white passes, #777777 does not', () => {
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
  });

  it('composites a translucent colour before measuring, and refuses to measure it raw', () => {
    expect(over('#00000080', '#ffffff')).toBe('#7f7f7f');
    expect(() => contrast('#00000080', '#ffffff')).toThrow(/opaque/);
    expect(() => contrast('red', '#ffffff')).toThrow(/not a #rrggbb/);
  });
});

describe.each(SCHEMES)('the %s scheme', (scheme) => {
  const colours = COLOURS[scheme];

  it('writes every text colour at 4.5:1 or more on each background it is used on', () => {
    for (const [text, backs] of Object.entries(TEXT_ON) as [Name, Name[]][]) {
      for (const back of backs) {
        const ratio = contrast(colours[text], colours[back]);
        expect(ratio, `${text} on ${back}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('draws the focus ring and control outlines at 3:1 or more', () => {
    for (const back of ['bg', 'surface', 'selected'] as const) {
      expect(contrast(colours.focus, colours[back]), `focus on ${back}`).toBeGreaterThanOrEqual(3);
    }
    for (const back of ['bg', 'surface'] as const) {
      expect(contrast(colours.control, colours[back]), `control on ${back}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws each family boundary at 3:1 or more on the surfaces that list entries', () => {
    for (const [family, { line }] of Object.entries(FAMILY_MARKS)) {
      for (const back of ['bg', 'surface', 'selected'] as const) {
        expect(contrast(line, colours[back]), `${family} line on ${back}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

describe('the family marks on a page', () => {
  it('underline at 3:1 or more on white and on dark pages', () => {
    for (const [family, { line }] of Object.entries(FAMILY_MARKS)) {
      for (const page of [...PAGES.light, ...PAGES.dark]) {
        expect(contrast(line, page), `${family} on ${page}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it("keep the page's own text at 4.5:1 under their fills, dark text on light pages and light on dark", () => {
    for (const [family, { fill, overlay }] of Object.entries(FAMILY_MARKS)) {
      for (const tint of [fill, overlay]) {
        for (const page of PAGES.light) {
          expect(contrast('#000000', over(tint, page)), `${family} on ${page}`).toBeGreaterThanOrEqual(4.5);
        }
        for (const page of PAGES.dark) {
          expect(contrast('#ffffff', over(tint, page)), `${family} on ${page}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });

  it('keep one hue per family on every surface, and the two families far apart', () => {
    for (const family of ['actor', 'proposal'] as const) {
      const { line, fill } = FAMILY_MARKS[family];
      for (const shade of [fill, COLOURS.light[family], COLOURS.dark[family]]) {
        expect(hueGap(shade, line), `${family} ${shade}`).toBeLessThan(25);
      }
    }
    expect(hueGap(FAMILY_MARKS.actor.line, FAMILY_MARKS.proposal.line)).toBeGreaterThan(90);
  });
});

describe('the toolbar badge', () => {
  it('carries its white count at 4.5:1 or more', () => {
    expect(contrast('#ffffff', BADGE)).toBeGreaterThanOrEqual(4.5);
  });
});
