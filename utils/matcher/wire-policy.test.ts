import { describe, expect, it } from 'vitest';
import { DEFLATE_FROM } from './wire-deflate';
import { FIREFOX_DEFLATE_FROM, LINKED_NODES_MAX, packingFor } from './wire-policy';

describe('packingFor', () => {
  it("sends Chromium's pages the failure links of small matchers only, deflated from 64 KB", () => {
    const links = [1, LINKED_NODES_MAX, LINKED_NODES_MAX + 1].map((n) => packingFor(n, false).links);
    expect(links).toEqual([true, true, false]);
    expect(packingFor(1, false).deflateFrom).toBe(DEFLATE_FROM);
  });

  it("sends Firefox's pages every matcher's links, and raw bytes up to a few megabytes", () => {
    expect(packingFor(100 * LINKED_NODES_MAX, true)).toEqual({
      links: true,
      deflateFrom: FIREFOX_DEFLATE_FROM,
    });
    expect(FIREFOX_DEFLATE_FROM).toBeGreaterThan(2.5 * 1024 * 1024);
  });
});
