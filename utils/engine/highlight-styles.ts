import { FAMILY_MARKS } from '@/utils/design/tokens';
import type { Family } from '@/utils/model';
import type { HighlightStyle } from '@/utils/settings';

/** The look the manifest's stylesheet already applies to the page, so it needs no adopted sheet there. */
export const MANIFEST_LOOK: HighlightStyle = 'background';

/** Solid versus dotted underlines tell the families apart without relying on colour. */
const UNDERLINE: Readonly<Record<Family, string>> = { actor: 'underline', proposal: 'underline dotted' };

/**
 * The declarations of one look for one family. Colours are written out from the tokens, never `var()`: a
 * highlight takes custom properties from the page's own elements, which the page controls.
 */
function look(style: HighlightStyle, family: Family): string {
  const { line, fill } = FAMILY_MARKS[family];
  const decoration = style === 'subtle' ? `underline dotted 1px ${line}` : `${UNDERLINE[family]} 2px ${line}`;
  return `  background-color: ${style === 'background' ? fill : 'transparent'};\n  text-decoration: ${decoration};`;
}

function rules(style: HighlightStyle): string {
  return (['actor', 'proposal'] as const)
    .map((family) => `::highlight(fact-linker-${family}) {\n${look(style, family)}\n}`)
    .join('\n');
}

const FORCED = `@media (forced-colors: active) {
  ::highlight(fact-linker-actor),
  ::highlight(fact-linker-proposal) {
    background-color: Mark;
    color: MarkText;
  }
}`;

/**
 * The text of the manifest's stylesheet, utils/engine/highlights.css, which a test keeps equal to it. The manifest
 * declares it so the browser applies it before the page is styled: adopting a sheet later would invalidate every
 * element's style and force a full recalculation inside our scan (205 ms on a 5 MB page).
 */
export const MANIFEST_SHEET = `/*
 * Generated from utils/design/tokens.ts by utils/engine/highlight-styles.ts: do not edit. After changing the
 * tokens, run \`npx vitest run utils/engine/highlight-styles.test.ts -u\` to write it again.
 */
${rules(MANIFEST_LOOK)}
${FORCED}
`;

function important(css: string): string {
  return css.replace(/;/g, ' !important;');
}

/**
 * Every other look sets every property `!important`: Firefox orders the manifest's sheet after adopted sheets, so
 * only importance lets an adopted look override the default in both browsers.
 */
const LOOKS: Readonly<Record<HighlightStyle, string>> = {
  background: MANIFEST_SHEET,
  underline: important(`${rules('underline')}\n${FORCED}`),
  subtle: important(`${rules('subtle')}\n${FORCED}`),
};

/** The stylesheet text of a look, for trees the manifest's sheet doesn't reach (shadow roots, frames) or overrides. */
export function highlightStyles(style: HighlightStyle): string {
  return LOOKS[style];
}
