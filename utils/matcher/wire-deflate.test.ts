import { describe, expect, it } from 'vitest';
import { deflate, inflate } from './wire-deflate';

/** Bytes that deflate well and differ from place to place, so a wrong offset shows. */
const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7) % 251);

/**
 * Where two byte arrays first differ (-1 when they are the same): `toEqual` compares element by element through
 * its deep-equality code, seconds for 600 KB, which timed the slicing test out on a loaded CI machine.
 */
function firstDifference(got: Uint8Array, want: Uint8Array): number {
  if (got.length !== want.length) return Math.min(got.length, want.length);
  return got.findIndex((byte, at) => byte !== want[at]);
}

describe('wire deflate', () => {
  it('inflates what it deflated, byte for byte', async () => {
    const packed = await deflate(bytes);
    expect(packed.length).toBeLessThan(bytes.length / 10);
    expect(firstDifference(await inflate(packed, bytes.length), bytes)).toBe(-1);
  });

  it('stops at the size it was told, and refuses bytes that inflate to more or to less', async () => {
    const packed = await deflate(bytes);
    await expect(inflate(packed, 1000)).rejects.toThrow(/over 1000 bytes, 1000 expected/);
    await expect(inflate(packed, bytes.length + 1)).rejects.toThrow(/200000 bytes, 200001 expected/);
    await expect(inflate(packed.subarray(0, 100), bytes.length)).rejects.toThrow();
  });

  it('refuses, before allocating it, a size that no input this short could inflate to', async () => {
    const packed = await deflate(bytes);
    await expect(inflate(packed, 2 ** 40)).rejects.toThrow(/cannot come from \d+ deflated ones/);
    const zeros = await deflate(new Uint8Array(1_000_000));
    expect((await inflate(zeros, 1_000_000)).length).toBe(1_000_000);
  });

  it('takes its input in slices of 256 KB with a pause between them, and refuses input cut short after a pause', async () => {
    const noisy = new Uint8Array(600_000);
    for (let at = 0; at < noisy.length; at += 65_536) crypto.getRandomValues(noisy.subarray(at, at + 65_536));
    const packed = await deflate(noisy);
    expect(packed.length).toBeGreaterThan(512 * 1024);
    let pauses = 0;
    const paused = async () => {
      pauses++;
    };
    expect(firstDifference(await inflate(packed, noisy.length, paused), noisy)).toBe(-1);
    expect(pauses).toBe(2);
    await expect(inflate(packed.subarray(0, 400_000), noisy.length, paused)).rejects.toThrow();
  });
});
