import type { HighlightStyle } from '@/utils/settings';
import defaultLook from './highlights.css?inline';

function important(css: string): string {
  return css.replace(/;/g, ' !important;');
}

/** The look the manifest's stylesheet already applies to the page, so it needs no adopted sheet there. */
export const MANIFEST_LOOK: HighlightStyle = 'background';

/**
 * Every other look sets every property `!important`: Firefox orders the manifest's sheet after adopted sheets, so
 * only importance lets an adopted look override the default in both browsers.
 */
const LOOKS: Readonly<Record<HighlightStyle, string>> = {
  background: defaultLook,
  underline: important(`
::highlight(fact-linker-actor) { background-color: transparent; text-decoration: underline 2px rgb(214 130 0); }
::highlight(fact-linker-proposal) { background-color: transparent; text-decoration: underline dotted 2px rgb(0 110 220); }`),
  subtle: important(`
::highlight(fact-linker-actor) { background-color: transparent; text-decoration: underline dotted 1px rgb(214 130 0 / 0.8); }
::highlight(fact-linker-proposal) { background-color: transparent; text-decoration: underline dotted 1px rgb(0 110 220 / 0.8); }`),
};

const FORCED = important(`@media (forced-colors: active) {
  ::highlight(fact-linker-actor), ::highlight(fact-linker-proposal) { background-color: Mark; color: MarkText; }
}`);

/** The stylesheet text of a look, for trees the manifest's sheet doesn't reach (shadow roots, frames) or overrides. */
export function highlightStyles(style: HighlightStyle): string {
  return style === MANIFEST_LOOK ? LOOKS[style] : `${LOOKS[style]}\n${FORCED}`;
}
