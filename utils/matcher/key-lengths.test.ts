import { describe, expect, it } from 'vitest';
import { checkLengthStarts, keyCountOf, keyLengthOf, lengthStartsOf } from './key-lengths';

describe('key lengths', () => {
  it('gives every key its length back from the starts, lengths skipped included', () => {
    const lengths = [1, 1, 2, 5, 5, 5, 9];
    const starts = lengthStartsOf(lengths);
    expect([...starts]).toEqual([0, 0, 2, 3, 3, 3, 6, 6, 6, 6, 7]);
    const lengthOf = keyLengthOf(starts);
    expect(lengths.map((_, k) => lengthOf(k))).toEqual(lengths);
    expect(lengthOf(0)).toBe(1);
  });

  it('counts the keys, none included', () => {
    expect(keyCountOf(lengthStartsOf([1, 1, 2, 5, 5, 5, 9]))).toBe(7);
    expect(keyCountOf(lengthStartsOf([]))).toBe(0);
  });

  it('refuses keys that are not shortest first', () => {
    expect(() => lengthStartsOf([2, 1])).toThrow(/Key 1 is shorter/);
  });

  it('takes the starts it builds, none for no keys included, and refuses starts that do not count the keys in order', () => {
    expect(() => checkLengthStarts(lengthStartsOf([1, 3, 3]), 3)).not.toThrow();
    expect(() => checkLengthStarts(lengthStartsOf([]), 0)).not.toThrow();
    for (const [starts, keys] of [
      [[0, 0, 2, 3], 4],
      [[0, 0, 3, 2, 4], 4],
      [[1, 1, 4], 4],
      [[0, 1, 4], 4],
      [[0], 0],
    ] as const)
      expect(() => checkLengthStarts(Int32Array.from(starts), keys)).toThrow(/do not count its/);
  });
});
