/**
 * The paint frame's looks, one per highlight style, in the colours of the page highlights (highlights.css and
 * highlight-styles.ts): the boxes lie over the text, so their fills are a little lighter than the highlights
 * painted under it. `data-look` on the root picks the look; `.fl-p` marks a proposal's box.
 */
export const PAINT_STYLES = `
html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
#boxes > div { position: fixed; box-sizing: border-box; pointer-events: none;
  background: rgb(255 184 0 / 0.26); border-bottom: 2px solid rgb(214 130 0); }
#boxes > div.fl-p { background: rgb(0 160 255 / 0.2); border-bottom: 2px dotted rgb(0 110 220); }
[data-look='underline'] #boxes > div { background: transparent; }
[data-look='subtle'] #boxes > div { background: transparent; border-bottom: 1px dotted rgb(214 130 0 / 0.8); }
[data-look='subtle'] #boxes > div.fl-p { border-bottom-color: rgb(0 110 220 / 0.8); }
@media (forced-colors: active) {
  #boxes > div, #boxes > div.fl-p { background: Mark; forced-color-adjust: none; opacity: 0.4;
    border-bottom: 2px solid Mark; }
}
`;
