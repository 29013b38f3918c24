import { describe, expect, it } from 'vitest';
import { restingPointer } from './resting-pointer';

// A trusted move cannot be made here: the browsers prove that the spot is noted (tests/e2e/lazy-popover.e2e.ts).
describe('restingPointer', () => {
  it('notes nothing before the pointer moves, nor for moves a page script dispatches', () => {
    const noting = new AbortController();
    const resting = restingPointer(document, noting.signal);
    expect(resting()).toBeNull();
    document.dispatchEvent(
      new PointerEvent('pointermove', { clientX: 10, clientY: 20, pointerType: 'mouse' }),
    );
    expect(resting()).toBeNull();
    noting.abort();
  });
});
