import type { HighlightStyle } from '@/utils/settings';

const FORCED = `@media (forced-colors: active) {
  ::highlight(fact-linker-actor), ::highlight(fact-linker-proposal) { background-color: Mark; color: MarkText; }
}`;

const LOOKS: Readonly<Record<HighlightStyle, string>> = {
  background: `
::highlight(fact-linker-actor) { background-color: rgb(255 184 0 / 0.3); text-decoration: underline 2px rgb(214 130 0); }
::highlight(fact-linker-proposal) { background-color: rgb(0 160 255 / 0.24); text-decoration: underline dotted 2px rgb(0 110 220); }`,
  underline: `
::highlight(fact-linker-actor) { text-decoration: underline 2px rgb(214 130 0); }
::highlight(fact-linker-proposal) { text-decoration: underline dotted 2px rgb(0 110 220); }`,
  subtle: `
::highlight(fact-linker-actor) { text-decoration: underline dotted 1px rgb(214 130 0 / 0.8); }
::highlight(fact-linker-proposal) { text-decoration: underline dotted 1px rgb(0 110 220 / 0.8); }`,
};

/**
 * The highlight stylesheet for a chosen look. Translucent fills keep the page's own text colour, so they read on
 * light and dark pages alike; solid versus dotted underlines tell families apart without relying on colour alone.
 */
export function highlightStyles(style: HighlightStyle): string {
  return `${LOOKS[style]}\n${FORCED}`;
}
