import { CARD_MAX, FRAME_MARGIN } from '@/utils/protocol/frame-channel';

const room = 2 * FRAME_MARGIN;

/**
 * The frame's own layout around the card: a transparent page, the card inset by the margin, and the card's caps
 * taken from the frame's size, which the content script sets to what the card wants and the viewport allows.
 */
export const FRAME_STYLES = `
html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
.fl-dialog { position: absolute; top: ${FRAME_MARGIN}px; left: ${FRAME_MARGIN}px; display: flex; outline: none; }
.fl-dialog[hidden] { display: none; }
.fl-dialog:focus-visible .fl-popover { outline: 2px solid var(--fl-focus); outline-offset: 2px; }
.fl-popover { max-width: min(${CARD_MAX.width}px, calc(100vw - ${room}px)); max-height: min(${CARD_MAX.height}px, calc(100vh - ${room}px)); }
`;
