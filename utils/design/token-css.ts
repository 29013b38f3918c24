import type { Family } from '@/utils/model';
import {
  COLOURS,
  FAMILY_MARKS,
  FONT_FAMILY,
  FONT_SIZES,
  RADII,
  type Scheme,
  type SchemeColours,
  SPACE,
} from './tokens';

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** `  --fl-name: value;` lines, one per token. */
function declarations(tokens: Readonly<Record<string, string | number>>): string {
  return Object.entries(tokens)
    .map(([name, value]) => `  --fl-${kebab(name)}: ${typeof value === 'number' ? `${value}px` : value};`)
    .join('\n');
}

function schemeBlock(scheme: Scheme): string {
  const colours: Readonly<SchemeColours> = COLOURS[scheme];
  return `${declarations({ ...colours })}\n  color-scheme: ${scheme};`;
}

const MARKS = Object.fromEntries(
  (Object.entries(FAMILY_MARKS) as [Family, (typeof FAMILY_MARKS)[Family]][]).flatMap(([family, mark]) => [
    [`${family}-line`, mark.line],
    [`${family}-fill`, mark.fill],
    [`${family}-overlay`, mark.overlay],
  ]),
);

const SCALES = declarations({
  ...MARKS,
  ...Object.fromEntries(SPACE.map((px, at) => [`space-${at + 1}`, px])),
  ...RADII,
  ...Object.fromEntries(Object.entries(FONT_SIZES).map(([name, px]) => [`font-${name}`, px])),
  fontFamily: FONT_FAMILY,
});

/**
 * Every design token as custom properties on `selector`, for the extension's own pages (popup, guide, popover,
 * paint frame; never a web page, which could override them): light by default, dark when the reader prefers it,
 * and `data-scheme="light"` or `"dark"` on the element forcing one.
 */
export function tokenSheet(selector: string): string {
  return `${selector} {
${SCALES}
${schemeBlock('light')}
}
${selector}[data-scheme="dark"] {
${schemeBlock('dark')}
}
@media (prefers-color-scheme: dark) {
  ${selector}:not([data-scheme="light"]) {
${schemeBlock('dark')}
  }
}
`;
}

/**
 * Only the tokens that are the same in both schemes (family marks, spacing, type), for the paint frame: a layer
 * over a web page must not set its own `color-scheme`, or the browser paints the frame's canvas opaque.
 */
export function markSheet(selector: string): string {
  return `${selector} {\n${SCALES}\n}\n`;
}
