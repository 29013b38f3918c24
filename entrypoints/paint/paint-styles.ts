import { markSheet } from '@/utils/design/token-css';

/**
 * The paint frame's looks, one per highlight style, in the family marks of the page highlights (highlight-styles.ts,
 * both from utils/design/tokens.ts): the boxes lie over the text, so their fills are the lighter `overlay` ones.
 * `data-look` on the root picks the look; `.fl-p` marks a proposal's box.
 */
export const PAINT_STYLES = `${markSheet(':root')}
html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
#boxes > div { position: fixed; box-sizing: border-box; pointer-events: none;
  background: var(--fl-actor-overlay); border-bottom: 2px solid var(--fl-actor-line); }
#boxes > div.fl-p { background: var(--fl-proposal-overlay); border-bottom: 2px dotted var(--fl-proposal-line); }
[data-look='underline'] #boxes > div { background: transparent; }
[data-look='subtle'] #boxes > div { background: transparent; border-bottom-width: 1px; border-bottom-style: dotted; }
@media (forced-colors: active) {
  #boxes > div, #boxes > div.fl-p { background: Mark; forced-color-adjust: none; opacity: 0.4;
    border-bottom: 2px solid Mark; }
}
`;
