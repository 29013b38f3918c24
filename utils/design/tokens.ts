import type { Family } from '@/utils/model';

/** A colour scheme of the extension's own surfaces, chosen by the reader's `prefers-color-scheme`. */
export type Scheme = 'light' | 'dark';
/** Both schemes, light (the default) first. */
export const SCHEMES = ['light', 'dark'] as const satisfies readonly Scheme[];

/** The colours of one scheme, as `#rrggbb` (or `#rrggbbaa` when translucent): each becomes `--fl-<kebab-name>`. */
export interface SchemeColours {
  bg: string;
  surface: string;
  selected: string;
  text: string;
  muted: string;
  /** Separators and frames that only group things (no contrast required). */
  border: string;
  /** The outline of a control the reader must find (3:1 against the background). */
  control: string;
  accent: string;
  onAccent: string;
  error: string;
  warning: string;
  warningBg: string;
  focus: string;
  shadow: string;
  /** An actor's colour as text (a kind label): the actor family's hue, dark or light enough for 4.5:1. */
  actor: string;
  /** A proposal's colour as text. */
  proposal: string;
}

/**
 * Every surface's colours. Each family keeps one hue everywhere (actors amber, proposals blue); the accent of
 * buttons and links is the icon's navy, apart from both.
 */
export const COLOURS: Readonly<Record<Scheme, SchemeColours>> = {
  light: {
    bg: '#ffffff',
    surface: '#f4f5f7',
    selected: '#e3ecfa',
    text: '#1b1d21',
    muted: '#5b6270',
    border: '#c9ced6',
    control: '#767c88',
    accent: '#23408e',
    onAccent: '#ffffff',
    error: '#b3261e',
    warning: '#7a5a00',
    warningBg: '#fff4cc',
    focus: '#0b57d0',
    shadow: '#00000033',
    actor: '#8a5300',
    proposal: '#1a5fb4',
  },
  dark: {
    bg: '#1c1e22',
    surface: '#26292e',
    selected: '#243049',
    text: '#e8eaed',
    muted: '#a3a9b4',
    border: '#454a53',
    control: '#8b919c',
    accent: '#a9bdf5',
    onAccent: '#0d1b2e',
    error: '#f2b8b5',
    warning: '#f5d67b',
    warningBg: '#3a3214',
    focus: '#a8c7fa',
    shadow: '#0000008c',
    actor: '#f5b94a',
    proposal: '#8ab4f8',
  },
};

/** The toolbar badge's background, the icon's navy, under the count the browser writes in white. */
export const BADGE = '#23408e';

/** How a family marks a mention: the same on every page, light or dark, as the page's own colours are unknown. */
export interface FamilyMark {
  /** Underline (page) and boundary (paint frame, popup rows, popover edge): 3:1 on white and on dark pages. */
  line: string;
  /** The translucent fill under a highlighted word, which keeps the page's own text colour. */
  fill: string;
  /** The paint frame's fill, a little lighter as it lies over the text rather than under it. */
  overlay: string;
}

/** The mark of each entry family (utils/model.ts `Family`). */
export const FAMILY_MARKS: Readonly<Record<Family, FamilyMark>> = {
  actor: { line: '#c27400', fill: '#ffb8004d', overlay: '#ffb80042' },
  proposal: { line: '#2a7de1', fill: '#00a0ff3d', overlay: '#00a0ff33' },
};

/** The spacing scale in px: `--fl-space-1` (2 px) to `--fl-space-8` (32 px). */
export const SPACE = [2, 4, 6, 8, 12, 16, 24, 32] as const;

/** Corner radii in px: `--fl-radius-sm`, `--fl-radius`, `--fl-radius-lg`. */
export const RADII = { 'radius-sm': 4, radius: 6, 'radius-lg': 8 } as const;

/** Type sizes in px: `--fl-font-xs` (captions) to `--fl-font-xxl` (the guide's title). */
export const FONT_SIZES = { xs: 12, sm: 13, md: 14, lg: 16, xl: 18, xxl: 26 } as const;

/** The one font stack, the system's own: `--fl-font-family`. */
export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
