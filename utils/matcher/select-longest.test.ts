import { describe, expect, it } from 'vitest';
import { selectLongest } from './select-longest';

describe('selectLongest', () => {
  it('keeps the leftmost, then the longest, without overlaps', () => {
    const start = [5, 0, 0, 3, 10];
    const end = [9, 3, 7, 12, 12];
    expect(selectLongest({ start, end, record: [0, 1, 2, 3, 4] })).toEqual([2, 4]);
  });

  it('keeps adjacent hits', () => {
    expect(selectLongest({ start: [3, 0], end: [6, 3], record: [0, 0] })).toEqual([1, 0]);
  });
});
