import { describe, expect, it } from 'vitest';
import { DEFLATE_FROM } from './wire-deflate';
import { deflateFromFor, FIREFOX_DEFLATE_FROM } from './wire-policy';

describe('deflateFromFor', () => {
  it("deflates Chromium's wires from 64 KB, and Firefox's from between the sizes measured raw and deflated", () => {
    expect(deflateFromFor(false)).toBe(DEFLATE_FROM);
    expect(DEFLATE_FROM).toBe(64 * 1024);
    expect(deflateFromFor(true)).toBe(FIREFOX_DEFLATE_FROM);
    expect(FIREFOX_DEFLATE_FROM).toBeGreaterThan(2 * 1024 * 1024);
    expect(FIREFOX_DEFLATE_FROM).toBeLessThan(2.9 * 1024 * 1024);
  });
});
