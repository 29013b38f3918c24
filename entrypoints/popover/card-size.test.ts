import { describe, expect, it } from 'vitest';
import { CARD_MAX } from '@/utils/protocol/frame-channel';
import { wantedSize } from './card-size';

/** A card laid out at `height`, holding `content` px of content: the card itself is what scrolls. */
function card(height: number, content: number): HTMLElement {
  const element = document.createElement('div');
  element.getBoundingClientRect = () => ({ width: 300.4, height }) as DOMRect;
  Object.defineProperty(element, 'clientHeight', { value: height });
  Object.defineProperty(element, 'scrollHeight', { value: content });
  return element;
}

describe('wantedSize', () => {
  it('asks for the height the whole card scrolls to, so the frame grows before anything scrolls', () => {
    expect(wantedSize(card(200, 320))).toEqual({ width: 301, height: 320 });
  });

  it('asks for no more than the card may have, and its own height when nothing overflows', () => {
    expect(wantedSize(card(400, 2000)).height).toBe(CARD_MAX.height);
    expect(wantedSize(card(180, 180)).height).toBe(180);
  });
});
