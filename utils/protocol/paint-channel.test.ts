import { describe, expect, it } from 'vitest';
import { readPortMessage } from './frame-channel';
import { MAX_BOXES, toPaintSchema } from './paint-channel';

describe('toPaintSchema', () => {
  it('accepts a paint of boxes in a known look', () => {
    const paint = {
      type: 'paint',
      style: 'underline',
      boxes: [
        [1, 2, 3, 4, 0],
        [-5, 6, 7, 8, 1],
      ],
    };
    expect(readPortMessage(toPaintSchema, paint)).toEqual(paint);
  });

  it('drops anything else: unknown looks or kinds, negative sizes, extra fields, too many boxes', () => {
    const bad = [
      { type: 'paint', style: 'blink', boxes: [] },
      { type: 'paint', style: 'background', boxes: [[1, 2, 3, 4, 2]] },
      { type: 'paint', style: 'background', boxes: [[1, 2, -3, 4, 0]] },
      { type: 'paint', style: 'background', boxes: [[1, 2, 3, 4, 0, 'x']] },
      { type: 'paint', style: 'background', boxes: [], html: '<b>' },
      { type: 'paint', style: 'background', boxes: Array(MAX_BOXES + 1).fill([0, 0, 1, 1, 0]) },
      'paint',
      null,
    ];
    for (const message of bad) expect(readPortMessage(toPaintSchema, message)).toBeNull();
  });
});
