import { describe, expect, it } from 'vitest';
import { fromDeltas, toDeltas } from './wire-derived';

describe('differences on the wire', () => {
  it('turns climbing values into small steps, and back', () => {
    const values = Int32Array.from([0, 1, 27, 390, 390, 1155]);
    toDeltas(values);
    expect([...values]).toEqual([0, 1, 26, 363, 0, 765]);
    fromDeltas(values);
    expect([...values]).toEqual([0, 1, 27, 390, 390, 1155]);
  });

  it('gives back values that fall or span the whole width, wrapping in each width', () => {
    const cases = [
      Uint16Array.from([65_535, 0, 40_000, 3, 65_535]),
      Uint8Array.from([255, 0, 7, 200, 1]),
      Int32Array.from([2 ** 31 - 1, -(2 ** 31), 5, -7, 0]),
    ];
    for (const values of cases) {
      const before = [...values];
      toDeltas(values);
      expect([...values]).not.toEqual(before);
      fromDeltas(values);
      expect([...values]).toEqual(before);
    }
  });
});
