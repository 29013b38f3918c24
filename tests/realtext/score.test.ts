// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addTally, rates, scorePage } from './score';

const span = (entry: string, start: number, end: number, block = 0) => ({ entry, block, start, end });

describe('scorePage', () => {
  it('counts an overlapping span of the same entry as right, both ways', () => {
    const tally = scorePage([span('starmer', 4, 16)], [span('starmer', 0, 16)]);
    expect(tally).toEqual({ expected: 1, found: 1, recalled: 1, correct: 1 });
  });

  it('counts the right words for the wrong entry, another block, or no overlap as a miss and a false hit', () => {
    for (const found of [span('uk', 4, 16), span('starmer', 4, 16, 1), span('starmer', 16, 20)]) {
      expect(scorePage([span('starmer', 4, 16)], [found])).toEqual({
        expected: 1,
        found: 1,
        recalled: 0,
        correct: 0,
      });
    }
  });

  it('adds pages and turns tallies into rates', () => {
    const total = addTally(
      scorePage([span('a', 0, 1), span('b', 5, 6)], [span('a', 0, 1)]),
      scorePage([], [span('c', 0, 2)]),
    );
    expect(total).toEqual({ expected: 2, found: 2, recalled: 1, correct: 1 });
    expect(rates(total)).toEqual({ recall: 0.5, precision: 0.5 });
    expect(rates({ expected: 0, found: 0, recalled: 0, correct: 0 })).toEqual({ recall: 1, precision: 1 });
  });
});
