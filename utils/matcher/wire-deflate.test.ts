import { describe, expect, it } from 'vitest';
import { deflate, inflate } from './wire-deflate';

/** Bytes that deflate well and differ from place to place, so a wrong offset shows. */
const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7) % 251);

describe('wire deflate', () => {
  it('inflates what it deflated, byte for byte', async () => {
    const packed = await deflate(bytes);
    expect(packed.length).toBeLessThan(bytes.length / 10);
    expect(await inflate(packed, bytes.length)).toEqual(bytes);
  });

  it('stops at the size it was told, and refuses bytes that inflate to more or to less', async () => {
    const packed = await deflate(bytes);
    await expect(inflate(packed, 1000)).rejects.toThrow(/over 1000 bytes, 1000 expected/);
    await expect(inflate(packed, bytes.length + 1)).rejects.toThrow(/200000 bytes, 200001 expected/);
    await expect(inflate(packed.subarray(0, 100), bytes.length)).rejects.toThrow();
  });
});
