// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ToPaint } from '@/utils/protocol/paint-channel';
import { drawBoxes } from './draw-boxes';

const paint = (boxes: ToPaint['boxes'], style: ToPaint['style'] = 'background'): ToPaint => ({
  type: 'paint',
  style,
  boxes,
});

describe('drawBoxes', () => {
  it('places one box per line of a mention, marking proposals, in the chosen look', () => {
    const layer = document.createElement('div');
    drawBoxes(
      layer,
      paint(
        [
          [10, 20, 30, 16, 0],
          [5, 40, 50, 16, 1],
        ],
        'subtle',
      ),
    );
    const [actor, proposal] = [...layer.children] as HTMLElement[];
    expect(layer.childElementCount).toBe(2);
    expect([actor!.style.left, actor!.style.top, actor!.style.width, actor!.style.height]).toEqual([
      '10px',
      '20px',
      '30px',
      '16px',
    ]);
    expect([actor!.className, proposal!.className]).toEqual(['', 'fl-p']);
    expect(document.documentElement.dataset.look).toBe('subtle');
  });

  it('moves the boxes it has on the next paint and drops those no longer needed', () => {
    const layer = document.createElement('div');
    drawBoxes(
      layer,
      paint([
        [0, 0, 10, 10, 0],
        [0, 20, 10, 10, 1],
        [0, 40, 10, 10, 0],
      ]),
    );
    const first = layer.firstElementChild;
    drawBoxes(layer, paint([[0, 5, 10, 10, 1]]));
    expect(layer.childElementCount).toBe(1);
    expect(layer.firstElementChild).toBe(first);
    expect((first as HTMLElement).style.top).toBe('5px');
    expect(first!.className).toBe('fl-p');
    drawBoxes(layer, paint([]));
    expect(layer.childElementCount).toBe(0);
  });
});
